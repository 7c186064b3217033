// SPDX-License-Identifier: Apache-2.0
// NewVersionDialog: "New version…" of the current secret. Value, optional stages (space or comma
// separated; none: the service gives the new version SYSCURRENT) and an optional expiry. Create
// sends CsmsClient::createVersion once and wipes the value from the dialog as soon as it is sent.
// Before Create, the dialog says what may happen (StageRules::predictNewVersion): at 20 versions
// CSMS may purge the oldest unstaged version or refuse; on a rotated database secret the database
// does not know the new value. A secret whose state refuses new versions cannot create one.
// "Start from current value" reads the SYSCURRENT version's value only when pressed (never
// before) and puts it in the editor, masked and editable; a failure is said in the dialog.
#pragma once

#include "core/api/csmsclient.h"
#include "core/ops/stagerules.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace keystage::ui {

class SecretValueEdit;

class NewVersionDialog : public QDialog
{
    Q_OBJECT

public:
    // snapshot: the versions the user sees (to count stages against the limit of 12).
    NewVersionDialog(CsmsClient *client, const QString &secretName,
                     const QList<VersionStages> &snapshot, QWidget *parent = nullptr);

    QString secretName() const { return m_secret; }
    QStringList stages() const; // parsed from the stages field
    QString problem() const;
    bool canCreate() const;
    bool isBusy() const { return m_busy; }

    SecretValueEdit *valueEdit() const { return m_value; }
    QLineEdit *stagesEdit() const { return m_stages; }
    QCheckBox *expiresBox() const { return m_expires; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *fromCurrentButton() const { return m_fromCurrent; }
    QString statusText() const;
    // What may happen, shown before Create; empty when nothing needs saying.
    QString notesText() const;
    // The secret's state and rotation (StageRules): refusals and notes follow them.
    void setSecretTraits(const SecretTraits &secret);
    // The profile the dialog was opened on. While its connection is down (setClient(nullptr))
    // the dialog stays, with what was typed, and Create waits; a new connection to the same
    // profile takes over (MainWindow::setClient).
    QString profileId() const { return m_profileId; }
    void setClient(CsmsClient *client);

public Q_SLOTS:
    void create();
    // Reads the value SYSCURRENT holds now into the editor (masked), replacing what was typed.
    void startFromCurrent();

Q_SIGNALS:
    void versionCreated(const QString &secretName, const QString &versionId);
    void creationFailed(const keystage::ApiError &error);
    // Start from current value finished: the editor holds it (versionId set), or it failed.
    void currentValueLoaded(const QString &versionId);
    void currentValueFailed(const keystage::ApiError &error);

private:
    void updateState();
    void abortFromCurrent();
    void fillFromCurrent(const QString &versionId, Version &version);

    QPointer<CsmsClient> m_client;
    QString m_profileId;
    QString m_secret;
    QList<VersionStages> m_snapshot;
    SecretValueEdit *m_value;
    QLineEdit *m_stages;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QLabel *m_problem;
    QLabel *m_status;
    QLabel *m_notes;
    SecretTraits m_traits;
    QPushButton *m_create;
    QPushButton *m_fromCurrent;
    QPointer<ApiReply> m_currentReply; // reading SYSCURRENT (the stage, then the version)
    bool m_busy = false;
};

} // namespace keystage::ui
