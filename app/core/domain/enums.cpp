#include "enums.h"

#include <QCoreApplication>

namespace recdesk {
namespace {
// Gives the display names one translation context.
struct EnumText
{
    Q_DECLARE_TR_FUNCTIONS(Enums)
};
} // namespace

FileReferenceType fileReferenceTypeFromWire(QStringView s)
{
    if (s.isEmpty() || s == u"none")
        return FileReferenceType::None;
    if (s == u"recording")
        return FileReferenceType::Recording;
    if (s == u"normal")
        return FileReferenceType::Normal;
    return FileReferenceType::Unknown;
}

RecordingReferenceType recordingReferenceTypeFromWire(QStringView s)
{
    if (s == u"call")
        return RecordingReferenceType::Call;
    if (s == u"confbridge")
        return RecordingReferenceType::Confbridge;
    return RecordingReferenceType::Unknown;
}

RecordingStatus recordingStatusFromWire(QStringView s)
{
    if (s == u"initiating")
        return RecordingStatus::Initiating;
    if (s == u"recording")
        return RecordingStatus::Recording;
    if (s == u"stopping")
        return RecordingStatus::Stopping;
    if (s == u"ended")
        return RecordingStatus::Ended;
    return RecordingStatus::Unknown;
}

RecordingFormat recordingFormatFromWire(QStringView s)
{
    return s.compare(u"wav", Qt::CaseInsensitive) == 0 ? RecordingFormat::Wav : RecordingFormat::Unknown;
}

OwnerType ownerTypeFromWire(QStringView s)
{
    if (s.isEmpty())
        return OwnerType::None;
    if (s == u"agent")
        return OwnerType::Agent;
    return OwnerType::Unknown;
}

FileType fileTypeFromWire(QStringView s)
{
    if (s.isEmpty())
        return FileType::None;
    if (s == u"rag")
        return FileType::Rag;
    if (s == u"talk")
        return FileType::Talk;
    if (s == u"recording")
        return FileType::Recording;
    return FileType::Unknown;
}

QString toWire(FileReferenceType v)
{
    switch (v) {
    case FileReferenceType::None:
        return QStringLiteral("none");
    case FileReferenceType::Recording:
        return QStringLiteral("recording");
    case FileReferenceType::Normal:
        return QStringLiteral("normal");
    case FileReferenceType::Unknown:
        break;
    }
    return QString();
}

QString toWire(RecordingReferenceType v)
{
    switch (v) {
    case RecordingReferenceType::Call:
        return QStringLiteral("call");
    case RecordingReferenceType::Confbridge:
        return QStringLiteral("confbridge");
    case RecordingReferenceType::Unknown:
        break;
    }
    return QString();
}

QString toWire(RecordingStatus v)
{
    switch (v) {
    case RecordingStatus::Initiating:
        return QStringLiteral("initiating");
    case RecordingStatus::Recording:
        return QStringLiteral("recording");
    case RecordingStatus::Stopping:
        return QStringLiteral("stopping");
    case RecordingStatus::Ended:
        return QStringLiteral("ended");
    case RecordingStatus::Unknown:
        break;
    }
    return QString();
}

QString toWire(RecordingFormat v)
{
    return v == RecordingFormat::Wav ? QStringLiteral("wav") : QString();
}

QString toWire(OwnerType v)
{
    return v == OwnerType::Agent ? QStringLiteral("agent") : QString();
}

QString toWire(FileType v)
{
    switch (v) {
    case FileType::Rag:
        return QStringLiteral("rag");
    case FileType::Talk:
        return QStringLiteral("talk");
    case FileType::Recording:
        return QStringLiteral("recording");
    case FileType::None:
    case FileType::Unknown:
        break;
    }
    return QString();
}

QString displayName(FileReferenceType v)
{
    switch (v) {
    case FileReferenceType::None:
    case FileReferenceType::Normal:
        return EnumText::tr("None");
    case FileReferenceType::Recording:
        return EnumText::tr("Recording");
    case FileReferenceType::Unknown:
        break;
    }
    return EnumText::tr("Other");
}

QString displayName(RecordingReferenceType v)
{
    switch (v) {
    case RecordingReferenceType::Call:
        return EnumText::tr("Call");
    case RecordingReferenceType::Confbridge:
        return EnumText::tr("Conference");
    case RecordingReferenceType::Unknown:
        break;
    }
    return EnumText::tr("Other");
}

QString displayName(RecordingStatus v)
{
    switch (v) {
    case RecordingStatus::Initiating:
        return EnumText::tr("Starting");
    case RecordingStatus::Recording:
        return EnumText::tr("Recording");
    case RecordingStatus::Stopping:
        return EnumText::tr("Stopping");
    case RecordingStatus::Ended:
        return EnumText::tr("Ended");
    case RecordingStatus::Unknown:
        break;
    }
    return EnumText::tr("Unknown");
}

QString displayName(RecordingFormat v)
{
    return v == RecordingFormat::Wav ? EnumText::tr("WAV") : EnumText::tr("Other");
}

QString displayName(OwnerType v)
{
    switch (v) {
    case OwnerType::None:
        return EnumText::tr("None");
    case OwnerType::Agent:
        return EnumText::tr("Agent");
    case OwnerType::Unknown:
        break;
    }
    return EnumText::tr("Other");
}

QString displayName(FileType v)
{
    switch (v) {
    case FileType::None:
        return EnumText::tr("General");
    case FileType::Rag:
        return EnumText::tr("Knowledge base");
    case FileType::Talk:
        return EnumText::tr("Conversation");
    case FileType::Recording:
        return EnumText::tr("Recording");
    case FileType::Unknown:
        break;
    }
    return EnumText::tr("Other");
}

} // namespace recdesk
