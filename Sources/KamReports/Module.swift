// KamReports
