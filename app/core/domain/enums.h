#pragma once

#include <cstdint>
#include <QString>
#include <QStringView>

namespace recdesk {

// What a platform file is attached to. "Normal" and "" come from the live platform.
enum class FileReferenceType : std::uint8_t { None, Recording, Normal, Unknown };
// What a recording captured.
enum class RecordingReferenceType : std::uint8_t { Call, Confbridge, Unknown };
enum class RecordingStatus : std::uint8_t { Initiating, Recording, Stopping, Ended, Unknown };
enum class RecordingFormat : std::uint8_t { Wav, Unknown };
enum class OwnerType : std::uint8_t { None, Agent, Unknown };
// Live platform only: the purpose of a stored file.
enum class FileType : std::uint8_t { None, Rag, Talk, Recording, Unknown };

// Wire names (as the platform spells them) and back. An unknown wire value decodes to Unknown
// rather than failing: servers add values over time.
FileReferenceType fileReferenceTypeFromWire(QStringView s);
RecordingReferenceType recordingReferenceTypeFromWire(QStringView s);
RecordingStatus recordingStatusFromWire(QStringView s);
RecordingFormat recordingFormatFromWire(QStringView s);
OwnerType ownerTypeFromWire(QStringView s);
FileType fileTypeFromWire(QStringView s);

QString toWire(FileReferenceType v);
QString toWire(RecordingReferenceType v);
QString toWire(RecordingStatus v);
QString toWire(RecordingFormat v);
QString toWire(OwnerType v);
QString toWire(FileType v);

// Words for people (translated).
QString displayName(FileReferenceType v);
QString displayName(RecordingReferenceType v);
QString displayName(RecordingStatus v);
QString displayName(RecordingFormat v);
QString displayName(OwnerType v);
QString displayName(FileType v);

} // namespace recdesk
