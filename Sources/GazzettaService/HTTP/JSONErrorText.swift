import Foundation

/// Foundation's JSON errors in a line: the reason and, when it knows, where.
enum JSONErrorText {
    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
