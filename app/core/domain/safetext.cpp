#include "safetext.h"

namespace recdesk {

namespace {
bool isUnsafe(char32_t c)
{
    // Zero-width (non-)joiners are part of how Persian, Indic scripts and emoji are written.
    if (c == 0x200C || c == 0x200D)
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}
} // namespace

QString safeText(const QString &text, bool keepNewlines)
{
    return replaceUnsafe(text, QLatin1Char('?'), keepNewlines);
}

QString replaceUnsafe(const QString &text, QChar replacement, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(ch, text.at(i + 1));
            if (isUnsafe(c)) {
                out += replacement;
            } else {
                out += ch;
                out += text.at(i + 1);
            }
            ++i;
            continue;
        }
        if (keepNewlines && ch == QLatin1Char('\n'))
            out += ch;
        else
            out += isUnsafe(ch.unicode()) ? replacement : ch;
    }
    return out;
}

} // namespace recdesk
