#include "calljson.h"

#include "httputil.h"
#include "timeformat.h"

#include <QJsonArray>

namespace recdesk::sandbox {

namespace {

// Writes one object's keys in either form; the live form leaves out what is empty.
class ObjectWriter
{
public:
    explicit ObjectWriter(bool live)
        : m_live(live)
    {}

    void always(const QString &key, const QJsonValue &value) { m_object.insert(key, value); }
    void text(const QString &key, const QString &value)
    {
        if (!m_live || !value.isEmpty())
            m_object.insert(key, value);
    }
    void id(const QString &key, const QString &value)
    {
        text(key, m_live && value == unsetUuid() ? QString() : value);
    }
    void number(const QString &key, int value)
    {
        if (!m_live || value != 0)
            m_object.insert(key, value);
    }
    void ids(const QString &key, const QStringList &values)
    {
        if (!m_live || !values.isEmpty())
            m_object.insert(key, QJsonArray::fromStringList(values));
    }
    void object(const QString &key, const QJsonObject &value)
    {
        if (!m_live || !value.isEmpty())
            m_object.insert(key, value);
    }
    void array(const QString &key, const QJsonArray &value)
    {
        if (!m_live || !value.isEmpty())
            m_object.insert(key, value);
    }
    // Unset: the 9999 sentinel (documented), a missing key or null (live).
    void time(const QString &key, qint64 usec, bool nullWhenUnsetLive = false)
    {
        if (!m_live)
            m_object.insert(key, documentedTimestamp(usec));
        else if (usec != kNotHappened)
            m_object.insert(key, rfc3339Timestamp(usec));
        else if (nullWhenUnsetLive)
            m_object.insert(key, QJsonValue::Null);
    }

    QJsonObject result() const { return m_object; }

private:
    bool m_live;
    QJsonObject m_object;
};

} // namespace

QJsonObject CallJson::address(const Address &a) const
{
    ObjectWriter w(m_live);
    w.text(QStringLiteral("type"), a.type);
    w.text(QStringLiteral("target"), a.target);
    w.text(QStringLiteral("target_name"), a.targetName);
    w.text(QStringLiteral("name"), a.name);
    w.text(QStringLiteral("detail"), a.detail);
    return w.result();
}

QJsonObject CallJson::call(const CallRow &c) const
{
    ObjectWriter w(m_live);
    w.always(QStringLiteral("id"), c.id);
    w.always(QStringLiteral("customer_id"), c.customerId);
    w.text(QStringLiteral("owner_type"), c.ownerType);
    w.id(QStringLiteral("owner_id"), c.ownerId);
    w.id(QStringLiteral("flow_id"), c.flowId);
    w.id(QStringLiteral("activeflow_id"), c.activeflowId);
    w.text(QStringLiteral("type"), c.type);
    w.id(QStringLiteral("master_call_id"), c.masterCallId);
    w.ids(QStringLiteral("chained_call_ids"), {});
    w.id(QStringLiteral("recording_id"), c.recordingId);
    w.ids(QStringLiteral("recording_ids"), c.recordingIds);
    w.id(QStringLiteral("groupcall_id"), unsetUuid());
    w.object(QStringLiteral("source"), address(c.source));
    w.object(QStringLiteral("destination"), address(c.destination));
    w.text(QStringLiteral("status"), c.status);
    w.text(QStringLiteral("direction"), c.direction);
    w.text(QStringLiteral("mute_direction"), QString());
    w.text(QStringLiteral("hangup_by"), c.hangupBy);
    w.text(QStringLiteral("hangup_reason"), c.hangupReason);
    w.object(QStringLiteral("metadata"), QJsonObject());
    w.time(QStringLiteral("tm_ringing"), c.tmRinging);
    w.time(QStringLiteral("tm_progressing"), c.tmProgressing);
    w.time(QStringLiteral("tm_hangup"), c.tmHangup);
    w.time(QStringLiteral("tm_create"), c.tmCreate);
    w.time(QStringLiteral("tm_update"), c.tmUpdate);
    w.time(QStringLiteral("tm_delete"), c.tmDelete);
    return w.result();
}

QJsonObject CallJson::conference(const ConferenceRow &c) const
{
    ObjectWriter w(m_live);
    w.always(QStringLiteral("id"), c.id);
    w.always(QStringLiteral("customer_id"), c.customerId);
    w.text(QStringLiteral("type"), c.type);
    w.text(QStringLiteral("status"), c.status);
    w.text(QStringLiteral("name"), c.name);
    w.text(QStringLiteral("detail"), c.detail);
    w.object(QStringLiteral("data"), QJsonObject());
    w.number(QStringLiteral("timeout"), c.timeout);
    w.id(QStringLiteral("pre_flow_id"), c.preFlowId);
    w.id(QStringLiteral("post_flow_id"), c.postFlowId);
    w.ids(QStringLiteral("conferencecall_ids"), c.conferencecallIds);
    w.id(QStringLiteral("recording_id"), c.recordingId);
    w.ids(QStringLiteral("recording_ids"), c.recordingIds);
    w.id(QStringLiteral("transcribe_id"), unsetUuid());
    w.ids(QStringLiteral("transcribe_ids"), {});
    w.text(QStringLiteral("direct_hash"), c.directHash);
    w.time(QStringLiteral("tm_end"), c.tmEnd);
    w.time(QStringLiteral("tm_create"), c.tmCreate);
    w.time(QStringLiteral("tm_update"), c.tmUpdate);
    w.time(QStringLiteral("tm_delete"), c.tmDelete);
    return w.result();
}

QJsonObject CallJson::agent(const AgentRow &a) const
{
    ObjectWriter w(m_live);
    w.always(QStringLiteral("id"), a.id);
    w.always(QStringLiteral("customer_id"), a.customerId);
    w.text(QStringLiteral("username"), a.username);
    w.text(QStringLiteral("name"), a.name);
    w.text(QStringLiteral("detail"), a.detail);
    w.text(QStringLiteral("ring_method"), a.ringMethod);
    w.text(QStringLiteral("status"), a.status);
    w.number(QStringLiteral("permission"), a.permission);
    w.ids(QStringLiteral("tag_ids"), a.tagIds);
    QJsonArray addresses;
    for (const Address &address : a.addresses)
        addresses.append(this->address(address));
    w.array(QStringLiteral("addresses"), addresses);
    w.text(QStringLiteral("direct_hash"), a.directHash);
    w.time(QStringLiteral("tm_create"), a.tmCreate, true);
    w.time(QStringLiteral("tm_update"), a.tmUpdate, true);
    w.time(QStringLiteral("tm_delete"), a.tmDelete, true);
    return w.result();
}

} // namespace recdesk::sandbox
