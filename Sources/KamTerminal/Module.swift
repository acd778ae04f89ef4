// KamTerminal
