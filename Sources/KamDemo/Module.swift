// KamDemo
