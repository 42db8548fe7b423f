import FuzzSupport

FuzzDriver.run { fuzzFeed($0, $1) }
