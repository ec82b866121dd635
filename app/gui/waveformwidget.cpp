#include "waveformwidget.h"

#include <algorithm>
#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QtMath>
#include <QToolTip>

namespace recdesk::gui {

WaveformWidget::WaveformWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Waveform"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateAccessibleDescription();
}

QSize WaveformWidget::sizeHint() const
{
    return QSize(480, 72);
}
QSize WaveformWidget::minimumSizeHint() const
{
    return QSize(120, 48);
}

void WaveformWidget::setChannels(const QList<WaveformChannel> &channels)
{
    m_channels = channels;
    m_state = channels.isEmpty() ? State::Empty : State::Ready;
    m_message.clear();
    invalidate();
}

void WaveformWidget::setLoading()
{
    m_channels.clear();
    m_state = State::Loading;
    m_message = tr("Drawing the waveform…");
    invalidate();
}

void WaveformWidget::setFailed(const QString &message)
{
    m_channels.clear();
    m_state = State::Failed;
    m_message = message;
    invalidate();
}

void WaveformWidget::clear()
{
    m_channels.clear();
    m_silences.clear();
    m_markers.clear();
    m_loop = {-1, -1};
    m_state = State::Empty;
    m_message.clear();
    m_duration = 0;
    m_position = 0;
    invalidate();
}

void WaveformWidget::setSilences(const QList<Span> &silences)
{
    m_silences = silences;
    update();
}

void WaveformWidget::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    updateAccessibleDescription();
    update();
}

void WaveformWidget::setLoop(qint64 startMs, qint64 endMs)
{
    m_loop = {startMs, endMs};
    updateAccessibleDescription();
    update();
}

void WaveformWidget::setLaneNames(const QStringList &names)
{
    m_laneNames = names;
    update();
}

void WaveformWidget::setDuration(qint64 ms)
{
    m_duration = std::max<qint64>(0, ms);
    updateAccessibleDescription();
    update();
}

void WaveformWidget::setPosition(qint64 ms)
{
    if (ms == m_position)
        return;
    m_position = ms;
    updateAccessibleDescription();
    update();
}

void WaveformWidget::updateAccessibleDescription()
{
    if (m_duration <= 0) {
        setAccessibleDescription(tr("No audio loaded"));
        return;
    }
    QString text = tr("Position %1 of %2 seconds").arg(m_position / 1000).arg(m_duration / 1000);
    if (!m_markers.isEmpty())
        text += QLatin1Char(' ') + tr("%n note(s).", nullptr, int(m_markers.size()));
    if (m_loop.startMs >= 0 && m_loop.endMs > m_loop.startMs)
        text += QLatin1Char(' ') +
                tr("Looping from %1 to %2 seconds.").arg(m_loop.startMs / 1000).arg(m_loop.endMs / 1000);
    setAccessibleDescription(text);
}

void WaveformWidget::invalidate()
{
    m_played = QImage();
    m_unplayed = QImage();
    updateAccessibleDescription();
    update();
}

void WaveformWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

void WaveformWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::EnabledChange)
        invalidate();
}

void WaveformWidget::rebuild(qreal dpr)
{
    const int w = qCeil(width() * dpr), h = qCeil(height() * dpr);
    if (w <= 0 || h <= 0 || m_channels.isEmpty())
        return;
    // One vertical line per device pixel column: the extremes of every bucket that falls into it.
    QImage mask(w, h, QImage::Format_ARGB32_Premultiplied);
    mask.fill(Qt::transparent);
    {
        QPainter p(&mask);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(Qt::black, 1));
        // Quiet recordings are scaled up (at most 8x) so that their shape is visible.
        float peak = 0.f;
        for (const WaveformChannel &ch : std::as_const(m_channels)) {
            for (float v : ch.mins)
                peak = std::max(peak, -v);
            for (float v : ch.maxs)
                peak = std::max(peak, v);
        }
        const float gain = peak > 0.f ? std::min(8.f, 0.95f / peak) : 1.f;
        const int lanes = int(m_channels.size());
        const int gap = lanes > 1 ? qRound(4 * dpr) : 0;
        const int laneHeight = (h - gap * (lanes - 1)) / lanes;
        for (int lane = 0; lane < lanes; ++lane) {
            const WaveformChannel &ch = m_channels.at(lane);
            const int n = int(std::min(ch.mins.size(), ch.maxs.size()));
            if (n == 0)
                continue;
            const int top = lane * (laneHeight + gap);
            const qreal mid = top + laneHeight / 2.0;
            const qreal half = laneHeight / 2.0 - 1;
            for (int x = 0; x < w; ++x) {
                const int b0 = int(qint64(x) * n / w);
                const int b1 = std::max(b0 + 1, int(qint64(x + 1) * n / w));
                float lo = 1.f, hi = -1.f;
                for (int b = b0; b < std::min(b1, n); ++b) {
                    lo = std::min(lo, ch.mins.at(b));
                    hi = std::max(hi, ch.maxs.at(b));
                }
                if (hi < lo)
                    continue;
                // At least one pixel so silence still shows a centre line.
                const int y0 = qFloor(mid - hi * gain * half);
                const int y1 = std::max(y0, qCeil(mid - lo * gain * half) - 1);
                p.drawLine(x, y0, x, y1);
            }
        }
    }
    auto tinted = [&mask, dpr](const QColor &color) {
        QImage img = mask;
        QPainter p(&img);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(img.rect(), color);
        p.end();
        img.setDevicePixelRatio(dpr);
        return img;
    };
    const QPalette &pal = palette();
    m_played = tinted(pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Highlight));
    QColor rest = pal.color(QPalette::WindowText);
    rest.setAlphaF(isEnabled() ? 0.45f : 0.25f);
    m_unplayed = tinted(rest);
}

void WaveformWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect();
    const QPalette &pal = palette();
    p.fillRect(r, pal.color(QPalette::Base));

    if (m_state != State::Ready) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QString text = m_message.isEmpty() ? tr("No recording selected") : m_message;
        p.drawText(r.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    const qreal dpr = devicePixelRatioF();
    if (m_played.isNull() || !qFuzzyCompare(m_played.devicePixelRatio(), dpr))
        rebuild(dpr);
    if (m_played.isNull())
        return;

    // Silences behind the samples: a faint band of the text colour.
    if (m_duration > 0) {
        QColor quiet = pal.color(QPalette::WindowText);
        quiet.setAlphaF(0.07f);
        for (const Span &s : std::as_const(m_silences))
            p.fillRect(QRectF(QPointF(xAt(s.startMs), 0), QPointF(xAt(s.endMs), r.height())), quiet);
    }

    const qreal playedX = m_duration > 0 ? r.width() * qreal(m_position) / qreal(m_duration) : 0;
    // Snap the split to a device pixel so the two halves meet without a blurred seam.
    const qreal split = qRound(playedX * dpr) / dpr;
    p.save();
    p.setClipRect(QRectF(0, 0, split, r.height()));
    p.drawImage(QPointF(0, 0), m_played);
    p.setClipRect(QRectF(split, 0, r.width() - split, r.height()));
    p.drawImage(QPointF(0, 0), m_unplayed);
    p.restore();
    paintOverlays(p);
    if (m_duration > 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 0)); // cosmetic: one device pixel wide
        p.drawLine(QPointF(split, 0), QPointF(split, r.height()));
    }
}

void WaveformWidget::paintOverlays(QPainter &p)
{
    if (m_duration <= 0)
        return;
    const QPalette &pal = palette();
    const qreal h = height();
    // Lane labels in the corner of each lane, so that two legs are told apart at a glance.
    if (m_channels.size() > 1 && m_laneNames.size() >= m_channels.size()) {
        p.save();
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        p.setPen(pal.color(QPalette::PlaceholderText));
        const int lanes = int(m_channels.size());
        for (int lane = 0; lane < lanes; ++lane) {
            const QRectF laneRect(4, lane * h / lanes, width() - 8, h / lanes);
            p.drawText(laneRect, Qt::AlignLeft | Qt::AlignTop, m_laneNames.at(lane));
        }
        p.restore();
    }
    // The A–B loop: a band between its edges (or only A's edge while B is not set yet).
    const QColor accent = pal.color(QPalette::Link);
    if (m_loop.startMs >= 0) {
        const qreal a = xAt(m_loop.startMs);
        if (m_loop.endMs > m_loop.startMs) {
            QColor band = accent;
            band.setAlphaF(0.15f);
            p.fillRect(QRectF(QPointF(a, 0), QPointF(xAt(m_loop.endMs), h)), band);
            p.setPen(QPen(accent, 2));
            p.drawLine(QPointF(xAt(m_loop.endMs), 0), QPointF(xAt(m_loop.endMs), h));
        }
        p.setPen(QPen(accent, 2));
        p.drawLine(QPointF(a, 0), QPointF(a, h));
    }
    // Notes: a small flag hanging from the top edge at each note's moment.
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QColor flag = pal.color(QPalette::Highlight);
    for (const Marker &m : std::as_const(m_markers)) {
        const qreal x = xAt(m.ms);
        p.setPen(Qt::NoPen);
        p.setBrush(flag);
        const QPointF tri[3] = {{x - 5, 0}, {x + 5, 0}, {x, 8}};
        p.drawPolygon(tri, 3);
        QColor stem = flag;
        stem.setAlphaF(0.6f);
        p.setPen(QPen(stem, 1, Qt::DotLine));
        p.drawLine(QPointF(x, 8), QPointF(x, h));
    }
    p.restore();
}

qreal WaveformWidget::xAt(qint64 ms) const
{
    return m_duration > 0 ? width() * qreal(std::clamp<qint64>(ms, 0, m_duration)) / qreal(m_duration) : 0;
}

int WaveformWidget::markerAt(const QPoint &pos) const
{
    if (pos.y() > 12)
        return -1;
    for (int i = 0; i < m_markers.size(); ++i) {
        if (std::abs(xAt(m_markers.at(i).ms) - pos.x()) <= 6)
            return i;
    }
    return -1;
}

bool WaveformWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = markerAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), m_markers.at(i).text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

qint64 WaveformWidget::positionAt(qreal x) const
{
    if (m_duration <= 0 || width() <= 0)
        return 0;
    const qreal f = std::clamp(x / width(), 0.0, 1.0);
    return qint64(f * m_duration);
}

void WaveformWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_duration <= 0)
        return;
    m_pressX = event->position().x();
    m_dragging = false;
}

void WaveformWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressX < 0 || m_duration <= 0)
        return;
    const qreal x = event->position().x();
    // Past a few pixels a press is a drag: the stretch under it is shown as the loop to be.
    if (!m_dragging && std::abs(x - m_pressX) < 5)
        return;
    m_dragging = true;
    const qint64 a = positionAt(std::min(m_pressX, x)), b = positionAt(std::max(m_pressX, x));
    m_loop = {a, b};
    update();
}

void WaveformWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_pressX < 0 || m_duration <= 0)
        return;
    const qreal x = event->position().x();
    if (m_dragging) {
        emit loopSelected(positionAt(std::min(m_pressX, x)), positionAt(std::max(m_pressX, x)));
    } else {
        emit seekRequested(positionAt(m_pressX));
    }
    m_pressX = -1;
    m_dragging = false;
}

} // namespace recdesk::gui
