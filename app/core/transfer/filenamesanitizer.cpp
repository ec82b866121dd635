#include "filenamesanitizer.h"

#include "domain/safetext.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace recdesk {

namespace {

bool isReservedWindowsName(const QString &name)
{
    // The device names are reserved with any extension: "nul.txt" is NUL too.
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed = {QStringLiteral("CON"),    QStringLiteral("PRN"),
                                      QStringLiteral("AUX"),    QStringLiteral("NUL"),
                                      QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (fixed.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))))
        return stem.at(3).isDigit() || stem.at(3) == QChar(0xB9) || stem.at(3) == QChar(0xB2) ||
               stem.at(3) == QChar(0xB3);
    return false;
}

QString splitExtension(const QString &name, QString *base)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0) {
        *base = name;
        return QString();
    }
    *base = name.left(dot);
    return name.mid(dot);
}

} // namespace

QString FileNameSanitizer::sanitize(const QString &name, const QString &fallback)
{
    // Only the last path component counts, whichever separator the server used.
    QString n = name;
    const int slash = std::max(n.lastIndexOf(QLatin1Char('/')), n.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        n = n.mid(slash + 1);
    // Control and format characters (bidi overrides such as U+202E, which would make
    // "evil\u202Evaw.exe" look like "evilexe.wav"), separators and unpaired surrogates (safeText's
    // set), then the characters Windows reserves.
    QString clean = replaceUnsafe(n, QLatin1Char('_'));
    for (QChar &c : clean) {
        if (QStringView(u"<>:\"/\\|?*").contains(c))
            c = QLatin1Char('_');
    }
    clean = clean.trimmed();
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    while (clean.startsWith(QLatin1Char('.')) && clean.count(QLatin1Char('.')) == clean.size())
        clean.clear();
    if (clean.isEmpty())
        clean = fallback;
    if (isReservedWindowsName(clean))
        clean.prepend(QLatin1Char('_'));
    // Keep within common file-system limits, cutting the base and keeping the extension.
    if (clean.toUtf8().size() > 200) {
        QString base;
        QString ext = splitExtension(clean, &base);
        if (ext.toUtf8().size() > 20)
            ext.clear();
        // The longest start of the base that fits beside the extension, cut between characters
        // (never inside one: not in a UTF-8 continuation byte, so never half a surrogate pair).
        // One conversion: a server's name of thousands of characters costs no more than its size.
        const QByteArray utf8 = base.toUtf8();
        qsizetype cut = std::max<qsizetype>(0, 200 - ext.toUtf8().size());
        if (utf8.size() > cut) {
            while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
                --cut;
            base = QString::fromUtf8(utf8.first(cut));
        }
        clean = base + ext;
        while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
            clean.chop(1);
        if (clean.isEmpty())
            clean = fallback;
    }
    return clean;
}

QString FileNameSanitizer::uniquePath(const QString &folder, const QString &fileName)
{
    const QDir dir(folder);
    auto taken = [&dir](const QString &candidate) {
        const QString path = dir.filePath(candidate);
        return QFileInfo::exists(path) || QFileInfo::exists(partPathFor(path));
    };
    if (!taken(fileName))
        return dir.filePath(fileName);
    QString base;
    const QString ext = splitExtension(fileName, &base);
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(i).arg(ext);
        if (!taken(candidate))
            return dir.filePath(candidate);
    }
}

} // namespace recdesk
