#pragma once

#include <QString>

namespace recdesk {

// Text from a server (names, ids, messages) made safe to show to a person: every control
// character (C0, DEL, C1: terminal escape sequences, NUL, line breaks), format character (bidi
// overrides such as U+202E, zero-width joiners) and line or paragraph separator becomes '?', the
// way ls shows such names. Unpaired surrogates become '?' too. Everything else is kept (the
// zero-width joiner and non-joiner too), so ordinary names in any script look as they are. keepNewlines
// leaves '\n' for multi-line text.
QString safeText(const QString &text, bool keepNewlines = false);

// The same characters replaced by replacement: safeText is replaceUnsafe(text, '?'), and file
// names use '_' (FileNameSanitizer).
QString replaceUnsafe(const QString &text, QChar replacement, bool keepNewlines = false);

} // namespace recdesk
