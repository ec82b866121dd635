#include "callenums.h"

#include <iterator>
#include <QCoreApplication>

namespace recdesk {
namespace {
struct CallText
{
    Q_DECLARE_TR_FUNCTIONS(CallEnums)
};

template<typename E, std::size_t N> E fromTable(QStringView s, const char16_t *const (&names)[N], E other)
{
    // names[i] is the wire name of E(i); index 0 is None, whose wire form is "".
    if (s.isEmpty())
        return E(0);
    for (std::size_t i = 1; i < N; ++i) {
        if (s == QStringView(names[i]))
            return E(i);
    }
    return other;
}

template<typename E, std::size_t N> QString toTable(E v, const char16_t *const (&names)[N])
{
    const auto i = static_cast<std::size_t>(v);
    return i < N ? QString::fromUtf16(names[i]) : QString();
}

const char16_t *const kDirections[] = {u"", u"incoming", u"outgoing"};
const char16_t *const kHangupBy[] = {u"", u"remote", u"local"};
const char16_t *const kHangupReasons[] = {u"",        u"normal",   u"failed",  u"busy", u"cancel",
                                          u"timeout", u"noanswer", u"dialout", u"amd"};
const char16_t *const kAddressTypes[] = {u"",     u"agent", u"conference", u"email",      u"extension",
                                         u"line", u"sip",   u"tel",        u"web_session"};
static_assert(std::size(kDirections) == std::size_t(CallDirection::Other), "one wire name per direction");
static_assert(std::size(kHangupBy) == std::size_t(HangupBy::Other), "one wire name per side");
static_assert(std::size(kHangupReasons) == std::size_t(HangupReason::Other), "one wire name per reason");
static_assert(std::size(kAddressTypes) == std::size_t(AddressType::Other), "one wire name per type");
} // namespace

CallDirection callDirectionFromWire(QStringView s)
{
    return fromTable(s, kDirections, CallDirection::Other);
}

HangupBy hangupByFromWire(QStringView s)
{
    return fromTable(s, kHangupBy, HangupBy::Other);
}

HangupReason hangupReasonFromWire(QStringView s)
{
    return fromTable(s, kHangupReasons, HangupReason::Other);
}

AddressType addressTypeFromWire(QStringView s)
{
    return fromTable(s, kAddressTypes, AddressType::Other);
}

QString toWire(CallDirection v)
{
    return toTable(v, kDirections);
}

QString toWire(HangupBy v)
{
    return toTable(v, kHangupBy);
}

QString toWire(HangupReason v)
{
    return toTable(v, kHangupReasons);
}

QString displayName(CallDirection v)
{
    switch (v) {
    case CallDirection::None:
        return QString();
    case CallDirection::Incoming:
        return CallText::tr("Incoming");
    case CallDirection::Outgoing:
        return CallText::tr("Outgoing");
    case CallDirection::Other:
        break;
    }
    return CallText::tr("Other");
}

QString displayName(HangupBy v)
{
    switch (v) {
    case HangupBy::None:
        return QString();
    case HangupBy::Remote:
        return CallText::tr("Remote party");
    case HangupBy::Local:
        return CallText::tr("Local party");
    case HangupBy::Other:
        break;
    }
    return CallText::tr("Other");
}

QString displayName(HangupReason v)
{
    switch (v) {
    case HangupReason::None:
        return QString();
    case HangupReason::Normal:
        return CallText::tr("Normal");
    case HangupReason::Failed:
        return CallText::tr("Failed");
    case HangupReason::Busy:
        return CallText::tr("Busy");
    case HangupReason::Cancel:
        return CallText::tr("Cancelled");
    case HangupReason::Timeout:
        return CallText::tr("Timed out");
    case HangupReason::NoAnswer:
        return CallText::tr("No answer");
    case HangupReason::Dialout:
        return CallText::tr("Dial-out");
    case HangupReason::Amd:
        return CallText::tr("Answering machine");
    case HangupReason::Other:
        break;
    }
    return CallText::tr("Other");
}

} // namespace recdesk
