#pragma once

#include <QRandomGenerator>
#include <QString>

namespace recdesk::sandbox {

// The demo data's random choices: deterministic for a given generator state.
QString seededUuid(QRandomGenerator &rng);                   // a v4 UUID, lower case, no braces
qint64 between(QRandomGenerator &rng, qint64 lo, qint64 hi); // in [lo, hi)
// A generator seeded by a UUID's 128 bits: what is derived from an item depends on it alone.
QRandomGenerator generatorFor(const QString &uuid);

} // namespace recdesk::sandbox
