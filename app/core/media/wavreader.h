#pragma once

#include "wavinfo.h"

#include <QCoreApplication>
#include <QString>

class QFile;
class QIODevice;

namespace recdesk {

// Parses the header of a RIFF/WAVE file: chunks in any order, odd-sized chunks with their pad
// byte, unknown chunks skipped, WAVE_FORMAT_EXTENSIBLE resolved. Hostile or cut-off input gives a
// clear error, never a crash or an endless loop; a data chunk longer than the file is accepted
// with WavInfo::truncated set (the samples that are there can still be played).
class WavReader
{
    Q_DECLARE_TR_FUNCTIONS(WavReader)

public:
    // device: open, random access. On success it is left positioned at info->dataOffset.
    static bool read(QIODevice *device, WavInfo *info, QString *error);
    static bool readFile(const QString &path, WavInfo *info, QString *error);
    // Opens path into file (read-only) and reads its header: file is left at the samples.
    static bool openFile(QFile *file, const QString &path, WavInfo *info, QString *error);
};

} // namespace recdesk
