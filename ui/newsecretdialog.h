// SPDX-License-Identifier: Apache-2.0
// NewSecretDialog: "New secret…". Name (checked as you type against CSMS's ^[a-zA-Z0-9_-]{1,64}$),
// value, description and type (COMMON, or RDS-FG / GaussDB-FG with the instance they belong to).
// Create sends CsmsClient::createSecret once; the value is wiped from the dialog as soon as it
// is sent. Errors stay in the dialog (with the CSMS code and request id) so the user can fix them.
#pragma once

#include "core/api/csmsclient.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace keystage::ui {

class SecretValueEdit;
class CreateOptions;

class NewSecretDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewSecretDialog(CsmsClient *client, QWidget *parent = nullptr);

    // Empty when the name is acceptable, else why not (translated).
    static QString nameProblem(const QString &name);
    QString problem() const; // the first thing that keeps Create disabled, empty when none
    bool canCreate() const;
    bool isBusy() const { return m_busy; }

    QLineEdit *nameEdit() const { return m_name; }
    SecretValueEdit *valueEdit() const { return m_value; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *instanceEdit() const { return m_instance; }
    QPushButton *createButton() const { return m_create; }
    CreateOptions *createOptions() const { return m_options; } // KMS key, binary, rotation…
    QString statusText() const;
    // The profile the dialog was opened on. While its connection is down (setClient(nullptr))
    // the dialog stays, with what was typed, and Create waits; a new connection to the same
    // profile takes over (MainWindow::setClient).
    QString profileId() const { return m_profileId; }
    void setClient(CsmsClient *client);

public Q_SLOTS:
    void create();

Q_SIGNALS:
    void secretCreated(const QString &name);
    void creationFailed(const keystage::ApiError &error);

private:
    void updateState();

    QPointer<CsmsClient> m_client;
    QString m_profileId;
    QLineEdit *m_name;
    SecretValueEdit *m_value;
    QLineEdit *m_description;
    QComboBox *m_type;
    QLineEdit *m_instance;
    QLabel *m_problem;
    QLabel *m_status;
    QPushButton *m_create;
    CreateOptions *m_options = nullptr; // issue 19: the create options block
    bool m_busy = false;
};

} // namespace keystage::ui
