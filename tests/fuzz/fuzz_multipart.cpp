// libFuzzer target for the sandbox's multipart/form-data parser. The first input line is used as
// the Content-Type header (so boundary parsing is fuzzed too); the rest is the body.
#include "multipartparser.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    recdesk::sandbox::MultipartParser parser;
    if (parser.parse(contentType, body)) {
        for (const auto &part : parser.parts()) {
            // Every part must lie inside the body.
            if (part.offset < 0 || part.length < 0 || part.offset + part.length > body.size())
                __builtin_trap();
            (void)parser.view(part).size();
        }
        (void)parser.text(QStringLiteral("file"));
    }
    // The fixed-boundary entry point, on the whole input.
    parser.parseWithBoundary("b", input);
    return 0;
}
