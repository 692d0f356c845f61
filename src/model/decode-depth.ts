// How deep encoded values are decoded (issue 15 item 2): shared by the config reader, the CLI and the decoder.

/** Encodings deep a value is decoded by default (base64 of hex of ..., as gitleaks' default). 0 turns decoding off. */
export const DEFAULT_DECODE_DEPTH = 5;
/** The most a user may ask for: each level's text is at most the one before, and the decoder's budget bounds the total. */
export const MAX_DECODE_DEPTH = 10;
