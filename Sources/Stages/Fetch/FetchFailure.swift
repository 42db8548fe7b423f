/// A page that could not be fetched: becomes a reject with this reason and detail.
struct FetchFailure: Error, Equatable {
    var reason: RejectReason
    var detail: String

    init(_ reason: RejectReason, _ detail: String) {
        self.reason = reason
        self.detail = detail
    }
}
