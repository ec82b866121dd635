#pragma once

#include <cstdint>
#include <QString>
#include <QStringView>

namespace recdesk {

// The vocabulary of the platform's calls (API.md "Calls, conferences and agents"). As with the
// recording enums, a wire value the client does not know decodes to Other, never to a failure:
// the platform adds values over time.
enum class CallDirection : std::uint8_t { None, Incoming, Outgoing, Other };
enum class HangupBy : std::uint8_t { None, Remote, Local, Other };
enum class HangupReason : std::uint8_t {
    None,
    Normal,
    Failed,
    Busy,
    Cancel,
    Timeout,
    NoAnswer,
    Dialout,
    Amd,
    Other
};
// The kind of party an address names: a phone number, an agent, a SIP URI...
enum class AddressType : std::uint8_t {
    None,
    Agent,
    Conference,
    Email,
    Extension,
    Line,
    Sip,
    Tel,
    WebSession,
    Other
};

CallDirection callDirectionFromWire(QStringView s);
HangupBy hangupByFromWire(QStringView s);
HangupReason hangupReasonFromWire(QStringView s);
AddressType addressTypeFromWire(QStringView s);

// Wire names; Other gives "" (the original value is not kept).
QString toWire(CallDirection v);
QString toWire(HangupBy v);
QString toWire(HangupReason v);

// Words for people (translated); None gives "" and Other "Other".
QString displayName(CallDirection v);
QString displayName(HangupBy v);
QString displayName(HangupReason v);

} // namespace recdesk
