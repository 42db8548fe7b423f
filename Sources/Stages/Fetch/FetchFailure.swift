/// A page that could not be fetched: becomes a reject with this reason and detail.
struct FetchFailure: Error, Equatable {
    var reason: RejectReason
    var detail: String
    /// A timeout or a dropped connection: worth another try.
    var transient: Bool
    /// The HTTP status, when the server answered.
    var status: Int?

    init(_ reason: RejectReason, _ detail: String, transient: Bool = false, status: Int? = nil) {
        self.reason = reason
        self.detail = detail
        self.transient = transient
        self.status = status
    }
}
