import Foundation
import Logging
import Stages

extension StageContext {
    /// A context for unit tests: a logger that drops everything, paths relative to `base`.
    static func testing(base: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> StageContext {
        StageContext(logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), baseDirectory: base)
    }
}
