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
// call) with the played part in the highlight colour, and seeks on click or drag. The image is
// built at device pixels, so it stays sharp at any devicePixelRatio.
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

    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    void rebuild(qreal dpr);
    qint64 positionAt(qreal x) const;
    void updateAccessibleDescription();

    State m_state = State::Empty;
    QString m_message;
    QList<WaveformChannel> m_channels;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    // Cached renderings (played and unplayed colours) at device pixels.
    QImage m_played;
    QImage m_unplayed;
};

} // namespace recdesk::gui
