import FuzzSupport

FuzzDriver.run { fuzzCharset($0, $1) }
