import ArgumentParser
import Foundation
import Stages

#if canImport(Glibc)
import Glibc
#endif

/// The one place that turns errors into messages and exit codes.
enum ErrorReport {
    static func exitCode(for error: Error, printing: Bool) -> Int32 {
        let (message, code): (String?, Int32)
        switch error {
        case let exit as ExitCode:
            return exit.rawValue
        case let error as ConfigError:
            (message, code) = ("config error:\n" + error.description, 2)
        case let error as StageError:
            (message, code) = ("failed: \(error)", 1)
        case let error as ShardError:
            (message, code) = ("refused: \(error)", 1)
        case let error as LockedError:
            (message, code) = ("error: \(error)", 1)
        case let error as IOError:
            (message, code) = ("failed: \(error)", 1)
        default:
            let parserCode = Pipeline.exitCode(for: error)
            if parserCode == .success {
                print(Pipeline.fullMessage(for: error))
                return 0
            }
            // ArgumentParser's usage errors: our contract says 2.
            (message, code) = (Pipeline.fullMessage(for: error), parserCode == .validationFailure ? 2 : 1)
        }
        if printing, let message { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        return code
    }
}
