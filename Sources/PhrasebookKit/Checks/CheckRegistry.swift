/// The list of checks `phrasebook check` runs. A new check is a file in this folder and a line here.
enum CheckRegistry {
    static let all: [any Check] = [
        IdentifierCheck(),
        ReferenceCheck(),
        InterfaceWordCheck(),
        PlaceholderCheck(),
        DuplicateRenderingCheck(),
        SourceTextCheck(),
        TabooCheck(),
        RenderingStatusCheck(),
        UnchangedRenderingCheck(),
        KeywordsCheck(),
        RenderingScriptCheck(),
        NumberCheck(),
        PronunciationOverrideCheck(),
        EndPunctuationCheck(),
        ChineseTypographyCheck(),
        InformalAddressCheck(),
        KoreanSpeechLevelCheck(),
        TerminologyCheck(),
        SynonymCheck(),
        WhiteSpaceCheck(),
        ControlCharacterCheck(),
        ConsistencyCheck(),
        UnusedDeclarationCheck(),
        CheckIgnoreCheck(),
    ]
}
