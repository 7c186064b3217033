// SPDX-License-Identifier: Apache-2.0
// ValuePanel: the value of one version, fetched only when the user asks (one Reveal / Hide toggle,
// or Copy, through CsmsClient::showVersion), pretty-printed when it is JSON, copied through the
// ClipboardGuard. A revealed value hides itself after a delay (autoHideSeconds, 60 s by default),
// when the window is minimised and when another version is chosen. The value lives in this one
// place and is wiped (the Version buffers overwritten, the text view emptied) when it is hidden,
// another version is chosen or the panel is destroyed. It never reaches a model role, a tool tip,
// an accessible name or a log.
#pragma once

#include "core/api/apierror.h"
#include "core/api/csmsclient.h"
#include "core/api/csmstypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

namespace keystage::ui {

class ClipboardGuard;
class SecretValueEdit;

class ValuePanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoVersion, Hidden, Loading, Loaded, Failed };
    Q_ENUM(State)

    static constexpr int maskLength = 12; // bullets shown for any value: the length stays secret
    static constexpr int defaultAutoHideSeconds = 60;

    explicit ValuePanel(ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~ValuePanel() override;

    void setClient(CsmsClient *client);
    // The version whose value may be shown. Wipes any value held; nothing is fetched.
    void setVersion(const QString &secretName, const QString &versionId);
    QString secretName() const { return m_secretName; }
    QString versionId() const { return m_versionId; }

    State state() const { return m_state; }
    bool isRevealed() const { return m_revealed; }
    bool isPrettyJson() const { return m_pretty; }
    bool valueIsJson() const; // the loaded value is a JSON object or array
    bool valueIsBinary() const;
    QString displayedText() const; // what the text view shows now (tests)

    // Seconds a revealed value stays on screen; 0: until hidden by hand.
    int autoHideSeconds() const { return m_autoHideSeconds; }
    void setAutoHideSeconds(int seconds);
    // Milliseconds before the revealed value hides itself; -1 when no countdown runs (tests).
    int autoHideRemainingMs() const;

public Q_SLOTS:
    void fetchValue(); // fetches the value and keeps it masked (Copy without showing it)
    void hideValue(); // wipes the value
    void setRevealed(bool revealed); // true fetches first when needed
    void setPrettyJson(bool pretty);
    void copyValue();

Q_SIGNALS:
    void stateChanged(keystage::ui::ValuePanel::State state);
    void errorOccurred(const QString &headline, const keystage::ApiError &error);
    void valueCopied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class OnLoad { Keep, Reveal, Copy };
    void setState(State state);
    void copyLoaded();
    void render();
    void wipe();
    void abortReply();

    QPointer<CsmsClient> m_client;
    ClipboardGuard *m_clipboard;
    QString m_secretName;
    QString m_versionId;
    std::optional<Version> m_version;
    QPointer<ApiReply> m_reply;
    State m_state = State::NoVersion;
    bool m_revealed = false;
    bool m_pretty = true;
    OnLoad m_onLoad = OnLoad::Keep;
    int m_autoHideSeconds = defaultAutoHideSeconds;
    QTimer m_autoHide;
    QPointer<QWidget> m_watchedWindow; // minimising it hides a revealed value
    QString m_hiddenBecause; // why the value was hidden by itself, shown in the status line

    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_reveal;
    QToolButton *m_json;
    QToolButton *m_copy;
    SecretValueEdit *m_view; // read only; its copies go through the guard
};

} // namespace keystage::ui
