/// The views of one book and its phrase directory, made once for every format of a render that renders its
/// formats side by side (an edit: ``Pipeline``), instead of once per format: the parts of page keys a view works
/// out (``BookView/keyParts``, the inputs of every situation's body) are then worked out once for all formats.
/// A render of every page does without (``RenderJob/views`` is `nil`): its formats run one after the other, each
/// making a role's view when it renders that role and letting it go after, so that the views of every role do not
/// all live through the whole render.
final class SharedViews: Sendable {
    /// The book the views are of.
    private let book: Book
    /// Every phrase of the book by id.
    let phrases: PhraseDirectory
    /// The views made so far, by role id (`""` for the whole book; no role has an empty id).
    private let made = Memo<String, BookView>()

    /// Views of `book`, none made yet.
    init(book: Book) {
        self.book = book
        phrases = PhraseDirectory(book)
    }

    /// What `role` sees (the whole book when `nil`), made the first time it is asked for.
    func view(of role: Label?) -> BookView {
        made.value(role?.id ?? "") { BookView(book: book, role: role) }
    }
}
