import FuzzSupport

FuzzDriver.run { fuzzClean($0, $1) }
