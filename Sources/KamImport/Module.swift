// KamImport
