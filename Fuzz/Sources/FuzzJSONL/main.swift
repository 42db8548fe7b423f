import FuzzSupport

FuzzDriver.run { fuzzJSONL($0, $1) }
