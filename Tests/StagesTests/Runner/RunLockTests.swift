import Foundation
import XCTest

@testable import Stages

final class RunLockTests: XCTestCase {
    func testASecondLockOnTheSameCorpusFailsWhileTheFirstIsHeld() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("pipeline.lock")
        // A lock held by another live process (pid 1 always exists).
        try "1\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try RunLock(path: path)) { error in
            XCTAssertEqual((error as? LockedError)?.pid, 1)
            XCTAssertTrue("\(error)".contains(path))
        }
    }

    func testALockLeftByADeadProcessIsTakenOver() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("pipeline.lock")
        let dead = deadPID()
        try "\(dead)\n".write(toFile: path, atomically: true, encoding: .utf8)
        let lock = try RunLock(path: path)
        XCTAssertEqual(lock.tookOverFrom, dead)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "\(getpid())\n")
        lock.release()
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    /// The pid of a process that has exited.
    private func deadPID() -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try? process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
