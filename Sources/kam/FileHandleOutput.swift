import Foundation

/// Standard output and standard error as text sinks.
struct FileHandleOutput: TextOutputStream {
    let handle: FileHandle

    static let standardError = FileHandleOutput(handle: .standardError)

    func write(_ string: String) {
        handle.write(Data(string.utf8))
    }
}
