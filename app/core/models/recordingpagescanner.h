#pragma once

#include "domain/page.h"
#include "domain/recording.h"

#include <QByteArray>

namespace recdesk {

// A fast path for decoding a recordings page: a single pass over the bytes that fills Recording
// values directly, without building a QJsonDocument (which alone is slower than the tables need).
// It takes only what it can decode exactly as decodePage<Recording> would and finds no fault in:
// plain strings (no escapes, ASCII), numbers, true/false/null, one level of objects. For anything
// else (escapes, nesting, a bad id or time, wrong types, duplicate keys) it returns false and the
// caller uses decodePage, which reports the problems.
bool scanRecordingPage(const QByteArray &json, Page<Recording> *page);

} // namespace recdesk
