import FuzzSupport

FuzzDriver.run { fuzzWARC($0, $1) }
