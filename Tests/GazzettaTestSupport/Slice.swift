/// The code-point slice `text[start..<end]`, as Python's `text[start:end]`: what a mention's `text` must equal.
///
/// Written apart from the library's own slicing, so that it can check it.
public func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: Array(text.unicodeScalars)[start..<end])
    return String(view)
}
