import FuzzSupport

FuzzDriver.run { fuzzNormalize($0, $1) }
