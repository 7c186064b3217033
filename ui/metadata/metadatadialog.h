// SPDX-License-Identifier: Apache-2.0
// MetadataDialog: "Edit description and KMS key…" of one secret. It reads the secret when it
// opens (what it shows is what it compares with), checks the description's 2048 UTF-8 bytes and
// the KMS key id as you type, asks for the profile name on a production profile, and saves
// through SecretAdmin (re-read, compare, write, re-read). A change made elsewhere meanwhile is
// not overwritten: the dialog says so and shows the server's values again. A saved change goes
// on the undo history (AdminCommand).
#pragma once

#include "core/admin/secretadmin.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
QT_END_NAMESPACE

namespace keystage::ui {

class MetadataDialog : public QDialog
{
    Q_OBJECT

public:
    MetadataDialog(CsmsClient *client, QUndoStack *history, const QString &secretName,
                   QWidget *parent = nullptr);
    ~MetadataDialog() override;

    QString problem() const; // why Save is disabled, empty when it is not
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *kmsKeyEdit() const { return m_kmsKey; }
    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void metadataChanged(const QString &secretName);

private:
    // Reads what the dialog compares with; note: the status line once read.
    void load(const QString &note = {});
    void write(const SecretMetadata &wanted);
    void updateState();
    SecretMetadata wanted() const;

    QPointer<CsmsClient> m_client;
    QPointer<QUndoStack> m_history;
    QString m_secret;
    SecretMetadata m_seen;
    SecretAdmin *m_admin;
    QPlainTextEdit *m_description;
    QLabel *m_bytes;
    QLineEdit *m_kmsKey;
    QLabel *m_problem;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace keystage::ui
