#include "media/reviewmix.h"

#include <QtTest>

using recdesk::ReviewMix;

class TestReviewMix : public QObject
{
    Q_OBJECT

private:
    // One frame through the mix: {left, right}.
    static QPair<float, float> mixFrame(const ReviewMix &mix, float leg1, float leg2)
    {
        const float in[2] = {leg1, leg2};
        float out[2] = {-9, -9};
        ReviewMix::apply(mix.matrix(2), in, 2, out, 1);
        return {out[0], out[1]};
    }
    static QPair<float, float> mixMono(const ReviewMix &mix, float sample)
    {
        float out[2] = {-9, -9};
        ReviewMix::apply(mix.matrix(1), &sample, 1, out, 1);
        return {out[0], out[1]};
    }

private slots:
    void defaultsKeepEachLegOnItsSide()
    {
        ReviewMix mix;
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.5f, -0.25f));
    }

    void legGainsScaleEachLeg()
    {
        ReviewMix mix;
        mix.setLegGain(1, 0.5f);
        mix.setLegGain(2, 0.25f);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.25f, -0.0625f));
    }

    void muteSilencesOneLegOnly()
    {
        ReviewMix mix;
        mix.setLegMuted(2, true);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.5f, 0.0f));
        mix.setLegMuted(2, false);
        mix.setLegMuted(1, true);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.0f, -0.25f));
        // A muted leg keeps its gain for when it is unmuted.
        mix.setLegGain(1, 0.5f);
        mix.setLegMuted(1, false);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.25f, -0.25f));
    }

    void balanceMovesBothLegsToOneSide()
    {
        ReviewMix mix;
        mix.setBalance(-1.0f);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.25f, 0.0f));
        mix.setBalance(1.0f);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.0f, 0.25f));
        // Half way left: leg 1 stays left, leg 2 is half left, half right.
        mix.setBalance(-0.5f);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.375f, -0.125f));
        mix.setBalance(0.5f);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.25f, 0.0f));
    }

    void masterVolumeScalesEverything()
    {
        ReviewMix mix;
        mix.setMasterVolume(0.5f);
        mix.setLegGain(2, 0.5f);
        QCOMPARE(mixFrame(mix, 0.5f, -0.25f), qMakePair(0.25f, -0.0625f));
        QCOMPARE(mixMono(mix, 0.5f), qMakePair(0.25f, 0.25f));
    }

    void monoPlaysOnBothSidesAndIgnoresLegSettings()
    {
        ReviewMix mix;
        QCOMPARE(mixMono(mix, 0.5f), qMakePair(0.5f, 0.5f));
        mix.setLegGain(1, 0.0f);
        mix.setLegMuted(1, true);
        mix.setLegMuted(2, true);
        QCOMPARE(mixMono(mix, 0.5f), qMakePair(0.5f, 0.5f));
        mix.setBalance(0.5f);
        QCOMPARE(mixMono(mix, 0.5f), qMakePair(0.25f, 0.5f));
        mix.setBalance(-1.0f);
        QCOMPARE(mixMono(mix, 0.5f), qMakePair(0.5f, 0.0f));
    }

    void settingsAreClamped()
    {
        ReviewMix mix;
        mix.setLegGain(1, 2.0f);
        mix.setLegGain(2, -1.0f);
        mix.setBalance(-3.0f);
        mix.setMasterVolume(7.0f);
        QCOMPARE(mix.legGain(1), 1.0f);
        QCOMPARE(mix.legGain(2), 0.0f);
        QCOMPARE(mix.balance(), -1.0f);
        QCOMPARE(mix.masterVolume(), 1.0f);
    }

    void appliesToWholeBlocks()
    {
        ReviewMix mix;
        mix.setLegGain(2, 0.5f);
        const float in[6] = {0.5f, 0.5f, -0.5f, -1.0f, 0.0f, 1.0f};
        float out[6] = {};
        ReviewMix::apply(mix.matrix(2), in, 2, out, 3);
        const float expected[6] = {0.5f, 0.25f, -0.5f, -0.5f, 0.0f, 0.5f};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(out[i], expected[i]);
    }
};

QTEST_GUILESS_MAIN(TestReviewMix)
#include "tst_reviewmix.moc"
