// ValuePanel: the value of one version, fetched only when the user asks ("Show value", through
// CsmsClient::showVersion), masked by default, revealed on demand, pretty-printed when it is JSON,
// copied through the ClipboardGuard. The value lives in this one place and is wiped (the Version
// buffers overwritten, the text view emptied) when it is hidden, another version is chosen or the
// panel is destroyed. It never reaches a model role, a tool tip, an accessible name or a log.
#pragma once

#include "core/api/apierror.h"
#include "core/api/csmsclient.h"
#include "core/api/csmstypes.h"

#include <QPointer>
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

public Q_SLOTS:
    void fetchValue(); // "Show value"
    void hideValue(); // wipes the value
    void setRevealed(bool revealed);
    void setPrettyJson(bool pretty);
    void copyValue();

Q_SIGNALS:
    void stateChanged(keystage::ui::ValuePanel::State state);
    void errorOccurred(const QString &headline, const keystage::ApiError &error);
    void valueCopied();

private:
    void setState(State state);
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

    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_show;
    QToolButton *m_reveal;
    QToolButton *m_json;
    QToolButton *m_copy;
    SecretValueEdit *m_view; // read only; its copies go through the guard
};

} // namespace keystage::ui
