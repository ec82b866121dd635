#pragma once

#include <QList>
#include <QString>

namespace recdesk::sandbox {

// Writes a ZIP of "stored" (uncompressed) entries: enough for the live variant's recording
// archives (<id>_in.wav + <id>_out.wav), and streamed from files so large legs never sit in memory.
struct ZipEntry
{
    QString name;       // name inside the archive
    QString sourcePath; // file whose bytes become the entry
};

bool writeStoredZip(const QString &zipPath, const QList<ZipEntry> &entries, QString *error = nullptr);
quint32 crc32Update(quint32 crc, const char *data, qint64 size); // start with 0

} // namespace recdesk::sandbox
