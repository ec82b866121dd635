#pragma once

#include <QString>

namespace recdesk {

// Makes names that come from a server safe to use as a local file name, and picks a free name
// in a folder so that nothing is ever overwritten silently.
class FileNameSanitizer
{
public:
    // No path separators, no "." or "..", no control or reserved characters (<>:"/\|?*), no
    // reserved Windows device names (CON, NUL, COM1, ...), no trailing dots or spaces, at most
    // 200 UTF-8 bytes (keeping the extension). Never empty: falls back to `fallback`.
    static QString sanitize(const QString &name, const QString &fallback = QStringLiteral("download"));
    // folder/name if neither it nor its .part exists, else folder/"base (2).ext", (3), ...
    static QString uniquePath(const QString &folder, const QString &fileName);
    static QString partPathFor(const QString &targetPath) { return targetPath + QStringLiteral(".part"); }
};

} // namespace recdesk
