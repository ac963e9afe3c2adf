/// The version of phrasebook, as `phrasebook --version` prints it (semantic versioning: the minor number grows
/// with what a release adds, the major one when content, templates or the command line stop working as before).
/// Raised by hand when a release is made.
public enum PhrasebookVersion {
    /// This build's version.
    public static let current = "0.1.0"
}
