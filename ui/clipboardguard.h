// ClipboardGuard: copies a secret value to the clipboard marked as a password (KDE
// x-kde-passwordManagerHint = secret, macOS concealed type, so clipboard managers skip it),
// counts down and clears it after clearDelaySeconds() — but only if the clipboard still holds our
// copy. Clears on quit too. It keeps no copy of the value: only a salted hash to recognise it.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QClipboard;
class QMimeData;
QT_END_NAMESPACE

namespace keystage::ui {

class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultClearDelaySeconds = 30;

    // The application clipboard by default.
    explicit ClipboardGuard(QObject *parent = nullptr);
    ClipboardGuard(QClipboard *clipboard, QObject *parent);
    ~ClipboardGuard() override; // clears our copy

    int clearDelaySeconds() const { return m_delaySeconds; }
    void setClearDelaySeconds(int seconds);
    int remainingSeconds() const { return m_remaining; } // 0 when nothing is pending
    bool isCountingDown() const { return m_remaining > 0; }

    // Puts text on the clipboard (and the X11 selection when there is one) and starts the
    // countdown.
    void copySecret(const QString &text);
    // Does the clipboard still hold what we copied?
    bool holdsOurCopy() const;
    // Clears the clipboard now if it still holds our copy; stops the countdown either way.
    void clearNow();

    // The MIME data copySecret() uses (exposed for tests).
    static QMimeData *secretMimeData(const QString &text);

Q_SIGNALS:
    void countdownChanged(int secondsLeft); // every second; 0 when done or cancelled
    void cleared(); // our copy was removed from the clipboard
    void replaced(); // someone else put something on the clipboard; we no longer clear it

private:
    void tick();
    QByteArray fingerprint(const QString &text) const;
    void onClipboardChanged();

    QPointer<QClipboard> m_clipboard;
    QTimer m_timer;
    QByteArray m_salt;
    QByteArray m_fingerprint; // empty: no copy of ours is pending
    int m_delaySeconds = defaultClearDelaySeconds;
    int m_remaining = 0;
    bool m_settingOurs = false;
};

} // namespace keystage::ui
