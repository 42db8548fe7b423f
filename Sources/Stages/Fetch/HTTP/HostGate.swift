import Foundation

/// Politeness per host: at most `connections` requests to one host at a time, and at least
/// `delay` seconds between the starts of two requests to it.
///
/// Workers block in `enter` until their host allows them; other hosts are not held up. A
/// host's delay can be raised later (robots.txt Crawl-delay, Retry-After).
final class HostGate: @unchecked Sendable {
    // @unchecked: all state is behind `condition`.
    private struct HostState {
        var active = 0
        var nextStart = Date.distantPast
        var delay: TimeInterval
    }

    private let condition = NSCondition()
    private var hosts: [String: HostState] = [:]
    private let connections: Int
    private let delay: TimeInterval

    init(connections: Int, delay: TimeInterval) {
        self.connections = max(1, connections)
        self.delay = max(0, delay)
    }

    /// Waits for a free slot on `host` and for its delay to pass, then takes the slot.
    func enter(_ host: String) {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let state = hosts[host] ?? HostState(delay: delay)
            let now = Date()
            if state.active < connections, state.nextStart <= now {
                hosts[host] = HostState(active: state.active + 1, nextStart: now.addingTimeInterval(state.delay),
                                        delay: state.delay)
                return
            }
            // Woken by `leave`, or at the moment the delay ends.
            let wake = state.active < connections ? state.nextStart : now.addingTimeInterval(1)
            condition.wait(until: wake)
        }
    }

    func leave(_ host: String) {
        condition.lock()
        hosts[host]?.active -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Raises the host's delay between requests (never lowers it below the configured one).
    func setDelay(_ seconds: TimeInterval, for host: String) {
        condition.lock()
        var state = hosts[host] ?? HostState(delay: delay)
        state.delay = max(delay, seconds)
        hosts[host] = state
        condition.unlock()
    }

    /// Makes the host wait at least until `date` before its next request (Retry-After).
    func pause(_ host: String, until date: Date) {
        condition.lock()
        var state = hosts[host] ?? HostState(delay: delay)
        state.nextStart = max(state.nextStart, date)
        hosts[host] = state
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `body` holding a slot on `host`.
    func withSlot<T>(_ host: String, _ body: () throws -> T) rethrows -> T {
        enter(host)
        defer { leave(host) }
        return try body()
    }
}
