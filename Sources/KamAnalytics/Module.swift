// KamAnalytics
