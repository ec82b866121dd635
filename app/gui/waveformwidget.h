#pragma once

#include <QImage>
#include <QList>
#include <QVector>
#include <QWidget>

namespace recdesk::gui {

// Peaks of one audio channel: for each bucket the lowest and highest sample, in [-1, 1].
struct WaveformChannel
{
    QVector<float> mins;
    QVector<float> maxs;
};

// Draws the waveform of the current recording (one lane per channel, e.g. the two legs of a
// call) with the played part in the highlight colour. Over it: the silences (shaded), the A–B
// loop (a band with its two edges) and the review notes (markers along the top). A click seeks;
// a drag selects a stretch to loop. The image is built at device pixels, so it stays sharp at
// any devicePixelRatio.
class WaveformWidget : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Ready, Failed };

    explicit WaveformWidget(QWidget *parent = nullptr);

    void setChannels(const QList<WaveformChannel> &channels);
    void setLoading();
    void setFailed(const QString &message);
    void clear();
    State state() const { return m_state; }
    // What is shown instead of a waveform (loading, failure); empty when drawn.
    QString message() const { return m_message; }
    const QList<WaveformChannel> &channels() const { return m_channels; }

    struct Marker
    {
        qint64 ms = 0;
        QString text; // shown as the marker's tooltip
    };
    struct Span
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
    };
    void setSilences(const QList<Span> &silences);
    void setMarkers(const QList<Marker> &markers);
    // The A–B loop; startMs < 0 for none, endMs < 0 while only A is set.
    void setLoop(qint64 startMs, qint64 endMs);
    const QList<Marker> &markers() const { return m_markers; }
    const QList<Span> &silences() const { return m_silences; }
    Span loop() const { return m_loop; }
    // Lane names for the accessible description and the lane labels ("Agent", "Customer").
    void setLaneNames(const QStringList &names);

    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);
    // A drag across the waveform: loop from startMs to endMs.
    void loopSelected(qint64 startMs, qint64 endMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    void rebuild(qreal dpr);
    qint64 positionAt(qreal x) const;
    qreal xAt(qint64 ms) const;
    void paintOverlays(QPainter &p);
    int markerAt(const QPoint &pos) const;
    void updateAccessibleDescription();

    State m_state = State::Empty;
    QString m_message;
    QList<WaveformChannel> m_channels;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    QList<Span> m_silences;
    QList<Marker> m_markers;
    QStringList m_laneNames;
    Span m_loop{-1, -1};
    // A press, and whether it became a drag (a loop selection) rather than a click (a seek).
    qreal m_pressX = -1;
    bool m_dragging = false;
    // Cached renderings (played and unplayed colours) at device pixels.
    QImage m_played;
    QImage m_unplayed;
};

} // namespace recdesk::gui
