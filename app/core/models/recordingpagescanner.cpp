#include "recordingpagescanner.h"

#include <cstring>
#include <QByteArray>
#include <QUuid>

namespace recdesk {
namespace {

enum class Kind { String, Number, Bool, Null };

struct Value
{
    Kind kind = Kind::Null;
    const char *begin = nullptr;
    qsizetype size = 0;
};

class Scanner
{
public:
    Scanner(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    // A string without escapes or non-ASCII bytes (those go to the general decoder).
    bool string(Value *v)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *v = {Kind::String, start, m_p - start};
        ++m_p;
        return true;
    }
    // A scalar: string, number, true, false or null. Arrays and objects are not taken.
    bool scalar(Value *v)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '"')
            return string(v);
        if (word("null", Kind::Null, v) || word("true", Kind::Bool, v) || word("false", Kind::Bool, v))
            return true;
        const char *start = m_p;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '-' || *m_p == '+' || *m_p == '.' ||
                               *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        if (m_p == start || !(*start == '-' || (*start >= '0' && *start <= '9')))
            return false;
        bool ok = false;
        QByteArray::fromRawData(start, m_p - start).toDouble(&ok);
        if (!ok)
            return false;
        *v = {Kind::Number, start, m_p - start};
        return true;
    }

private:
    bool word(const char *w, Kind kind, Value *v)
    {
        const qsizetype n = qsizetype(std::strlen(w));
        if (m_end - m_p < n || std::memcmp(m_p, w, size_t(n)) != 0)
            return false;
        *v = {kind, m_p, n};
        m_p += n;
        return true;
    }

    const char *m_p;
    const char *m_end;
};

bool keyIs(const Value &key, const char *name)
{
    const qsizetype n = qsizetype(std::strlen(name));
    return key.size == n && std::memcmp(key.begin, name, size_t(n)) == 0;
}

QLatin1StringView text(const Value &v)
{
    return QLatin1StringView(v.begin, v.size);
}

// Semantics of JsonReader::uuid without a problem: false when it would report one.
bool uuidOf(const Value *v, QUuid *out)
{
    *out = QUuid();
    if (!v || v->kind == Kind::Null)
        return true;
    if (v->kind != Kind::String)
        return false;
    if (v->size == 0)
        return true;
    *out = QUuid::fromString(text(*v));
    return !out->isNull() || text(*v) == QLatin1StringView("00000000-0000-0000-0000-000000000000");
}

bool timestampOf(const Value *v, Timestamp *out)
{
    *out = Timestamp();
    if (!v || v->kind == Kind::Null)
        return true;
    if (v->kind != Kind::String || v->size > 64)
        return false;
    char16_t buffer[64];
    for (qsizetype i = 0; i < v->size; ++i)
        buffer[i] = char16_t(static_cast<unsigned char>(v->begin[i]));
    return Timestamp::parse(QStringView(buffer, v->size), out) != Timestamp::ParseResult::Invalid;
}

// JsonReader::string: null or missing is empty; other non-strings are a problem.
bool stringOf(const Value *v, QString *out)
{
    out->clear();
    if (!v || v->kind == Kind::Null)
        return true;
    if (v->kind != Kind::String)
        return false;
    *out = QString::fromLatin1(v->begin, v->size);
    return true;
}

enum Field {
    Id,
    CustomerId,
    OwnerType_,
    OwnerId,
    ActiveflowId,
    ReferenceType,
    ReferenceId,
    Status,
    Format,
    OnEndFlowId,
    TmStart,
    TmEnd,
    TmCreate,
    TmUpdate,
    TmDelete,
    FieldCount
};

constexpr const char *kFieldNames[FieldCount] = {
    "id",           "customer_id", "owner_type", "owner_id",       "activeflow_id", "reference_type",
    "reference_id", "status",      "format",     "on_end_flow_id", "tm_start",      "tm_end",
    "tm_create",    "tm_update",   "tm_delete"};

bool item(Scanner *s, Recording *r)
{
    Value fields[FieldCount];
    bool present[FieldCount] = {};
    if (!s->take('{'))
        return false;
    if (!s->take('}')) {
        do {
            Value key;
            Value value;
            if (!s->string(&key) || !s->take(':') || !s->scalar(&value))
                return false;
            for (int f = 0; f < FieldCount; ++f) {
                if (keyIs(key, kFieldNames[f])) {
                    if (present[f])
                        return false; // a repeated key: leave it to the general decoder
                    present[f] = true;
                    fields[f] = value;
                    break;
                }
            }
        } while (s->take(','));
        if (!s->take('}'))
            return false;
    }
    const auto field = [&](int f) { return present[f] ? &fields[f] : nullptr; };
    QString word;
    if (!uuidOf(field(Id), &r->id) || r->id.isNull())
        return false;
    if (!uuidOf(field(CustomerId), &r->customerId) || !uuidOf(field(OwnerId), &r->ownerId) ||
        !uuidOf(field(ActiveflowId), &r->activeflowId) || !uuidOf(field(ReferenceId), &r->referenceId) ||
        !uuidOf(field(OnEndFlowId), &r->onEndFlowId))
        return false;
    if (!stringOf(field(OwnerType_), &word))
        return false;
    r->ownerType = ownerTypeFromWire(word);
    if (!stringOf(field(ReferenceType), &word))
        return false;
    r->referenceType = recordingReferenceTypeFromWire(word);
    if (!stringOf(field(Status), &word))
        return false;
    r->status = recordingStatusFromWire(word);
    // As Recording::fromJson: a missing (or null) format keeps the default.
    if (present[Format] && fields[Format].kind != Kind::Null) {
        if (!stringOf(field(Format), &word))
            return false;
        r->format = recordingFormatFromWire(word);
    }
    return timestampOf(field(TmStart), &r->started) && timestampOf(field(TmEnd), &r->ended) &&
           timestampOf(field(TmCreate), &r->created) && timestampOf(field(TmUpdate), &r->updated) &&
           timestampOf(field(TmDelete), &r->deleted);
}

} // namespace

bool scanRecordingPage(const QByteArray &json, Page<Recording> *page)
{
    Scanner s(json.constData(), json.constData() + json.size());
    Page<Recording> result;
    bool sawResult = false;
    bool sawToken = false;
    if (!s.take('{'))
        return false;
    if (!s.take('}')) {
        do {
            Value key;
            if (!s.string(&key) || !s.take(':'))
                return false;
            if (keyIs(key, "result")) {
                if (sawResult || !s.take('['))
                    return false;
                sawResult = true;
                result.items.reserve(100);
                if (!s.take(']')) {
                    do {
                        Recording r;
                        if (!item(&s, &r))
                            return false;
                        result.items.append(r);
                    } while (s.take(','));
                    if (!s.take(']'))
                        return false;
                }
            } else {
                Value value;
                if (!s.scalar(&value))
                    return false;
                if (keyIs(key, "next_page_token")) {
                    if (sawToken || !stringOf(&value, &result.nextPageToken))
                        return false;
                    sawToken = true;
                }
            }
        } while (s.take(','));
        if (!s.take('}'))
            return false;
    }
    // No "result" at all is a problem the general decoder reports.
    if (!sawResult || !s.atEnd())
        return false;
    *page = std::move(result);
    return true;
}

} // namespace recdesk
