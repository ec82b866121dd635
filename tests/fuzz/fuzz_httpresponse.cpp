// libFuzzer target for the HTTP/1.1 response parser behind StreamingHttpReply
// (app/core/net/httpresponseparser.cpp): any bytes, split at a point taken from the input, must
// end in a state with a consistent body, never a crash, a hang or unbounded memory.

#include "net/httpresponseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte picks the piece size the "socket" delivers; the second, HEAD or not.
    const qsizetype piece = 1 + data[0] % 64;
    recdesk::HttpResponseParser parser;
    parser.setHeadRequest(data[1] & 1);
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    const qsizetype total = qsizetype(size - 2);
    QByteArray body;
    qsizetype pos = 0;
    while (pos < total) {
        const qsizetype n = std::min(piece, total - pos);
        const qsizetype used = parser.feed(bytes + pos, n, &body);
        if (used < 0 || used > n)
            std::abort();
        pos += used;
        if (used < n)
            break;
    }
    parser.endOfInput();
    using State = recdesk::HttpResponseParser::State;
    if (parser.state() != State::Done && parser.state() != State::Failed)
        std::abort();
    if (parser.state() == State::Failed && parser.errorString().isEmpty())
        std::abort();
    // A body never exceeds the input, and a complete Content-Length body is exactly that long.
    if (body.size() > total)
        std::abort();
    if (parser.state() == State::Done && parser.framing() == recdesk::HttpResponseParser::Framing::Length &&
        body.size() != parser.contentLength())
        std::abort();
    return 0;
}
