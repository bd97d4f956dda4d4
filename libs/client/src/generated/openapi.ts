// Generated from the OpenAPI document by `npm run client:types`: do not edit by hand.

export interface paths {
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a patient or a doctor
     * @description Registers a patient or a doctor; the profile is created in the same transaction. `admin` is refused (400);
     *     a taken email is 409 `EMAIL_TAKEN`, a taken licence number 409 `LICENSE_TAKEN`.
     */
    post: operations['register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in
     * @description Logs in. Wrong email or password: 401 `INVALID_CREDENTIALS` (same answer for both); deactivated: 403
     *     `ACCOUNT_DISABLED`; after 5 failures for an email (or too many from one address) in 15 minutes: 429 with
     *     `Retry-After`.
     */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trade a refresh token for a new pair
     * @description Trades a refresh token for a new pair. Each refresh token works once: presenting a used one answers 401
     *     `TOKEN_REUSED` and revokes every token of that login.
     */
    post: operations['refreshTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log out
     * @description Revokes the login the refresh token belongs to.
     */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the caller’s account
     * @description The caller's account.
     */
    get: operations['getCurrentUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API keys
     * @description The keys not revoked (expired ones included), newest first; never the keys themselves.
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key
     * @description Makes a key with the given scopes. The answer is the only time `key` is shown: only its SHA-256 is kept.
     *     `expiresAt`, when given, must be in the future (else 400).
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API key
     * @description Revokes a key: it stops working at once, on every instance.
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List accounts
     * @description Lists accounts (admin), filtered by role, active flag and a name/email search.
     */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the caller’s password
     * @description Changes the caller's password and revokes all their refresh tokens; access tokens issued before stop
     *     working too. A wrong current password answers 422 `WRONG_PASSWORD`.
     */
    post: operations['changeMyPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an account
     * @description One account: the user themself or an admin (404 for anyone else).
     */
    get: operations['getUser'];
    put?: never;
    post?: never;
    /**
     * Deactivate an account
     * @description Deactivates the account (admin): its data stays, its tokens stop working.
     */
    delete: operations['deactivateUser'];
    options?: never;
    head?: never;
    /**
     * Edit an account
     * @description Edits name and phone (self or admin); only an admin may set `isActive`.
     */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List audit events
     * @description The audit log of every read and write of patient profiles and medical records (admin), newest first: who, with
     *     which role, what action, on which patient and record, when, with which request id, allowed or denied. `from` is
     *     inclusive and `to` exclusive; `to` not after `from` → 400 `VALIDATION_FAILED`.
     */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List patients
     * @description Lists patients: an admin sees all, a doctor only patients who have or had an appointment with them; a patient
     *     gets 403 `FORBIDDEN`. `search` matches the name, the email or a diagnosis in one of the patient's records. Each
     *     call is written to the audit log.
     */
    get: operations['listPatients'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the caller’s patient profile
     * @description The caller's own patient profile (patients only). Audited.
     */
    get: operations['getMyPatientProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a patient
     * @description One patient: the patient themself, a doctor they have or had an appointment with, or an admin; anyone else gets
     *     404 `PATIENT_NOT_FOUND`. Audited, refusals included.
     */
    get: operations['getPatient'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a patient
     * @description Edits demographics and the account's name and phone: the patient themself or an admin. A doctor who may see the
     *     patient gets 403 `FORBIDDEN`; anyone else 404 `PATIENT_NOT_FOUND`. Audited, refusals included.
     */
    patch: operations['updatePatient'];
    trace?: never;
  };
  '/api/v1/patients/{id}/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a patient’s medical records
     * @description A patient's medical records, newest first, optionally by `status`. Same access as the patient: anyone who may
     *     not see them gets 404 `PATIENT_NOT_FOUND`. One audit row per call.
     */
    get: operations['listMedicalRecords'];
    put?: never;
    /**
     * Add a medical record
     * @description Adds a medical record, authored by the calling doctor, who must have or have had an appointment with the
     *     patient. Admins and patients get 403 `FORBIDDEN`; a doctor without an appointment with the patient 404
     *     `PATIENT_NOT_FOUND`. `appointmentId`, when given, must be an appointment of this patient with the calling doctor,
     *     else 404 `APPOINTMENT_NOT_FOUND`. A malformed `icd10Code` → 400. Audited in the same transaction.
     */
    post: operations['createMedicalRecord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/patients/{id}/records/{recordId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a medical record
     * @description One medical record. Same access as the patient (404 `PATIENT_NOT_FOUND`); a record that is not this patient's
     *     → 404 `RECORD_NOT_FOUND`. Audited, refusals included.
     */
    get: operations['getMedicalRecord'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a medical record
     * @description Edits a medical record: only its author. Others who may see the patient get 403 `FORBIDDEN`; anyone else 404
     *     `PATIENT_NOT_FOUND`; a record that is not this patient's 404 `RECORD_NOT_FOUND`. Audited in the same transaction.
     */
    patch: operations['updateMedicalRecord'];
    trace?: never;
  };
  '/api/v1/doctors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List doctors
     * @description The doctor directory (any role): doctors with an active account, filtered by specialization (exact,
     *     case-insensitive), a name or licence-number search, `isOnline` and `status`; sorted by `sort` (default
     *     `fullName`). Bad filters answer 400 `VALIDATION_FAILED`.
     */
    get: operations['listDoctors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/specializations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List specializations
     * @description Each specialization with its number of active doctors, alphabetically (any role).
     */
    get: operations['listSpecializations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the caller’s doctor profile
     * @description The caller's own doctor profile (doctors only; 403 for other roles).
     */
    get: operations['getMyDoctorProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a doctor
     * @description One doctor (any role); 404 `DOCTOR_NOT_FOUND` if there is none with this id.
     */
    get: operations['getDoctor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a doctor’s profile
     * @description Edits a profile: the doctor themself or an admin (403 for anyone else). Only an admin may change the
     *     licence number (403 otherwise; 409 `LICENSE_TAKEN` when another doctor holds it). 404 `DOCTOR_NOT_FOUND`.
     */
    patch: operations['updateDoctor'];
    trace?: never;
  };
  '/api/v1/doctors/{id}/booking-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a doctor’s booking policy
     * @description The doctor's booking rules (any role); a doctor who never set them has the defaults. 404 `DOCTOR_NOT_FOUND`.
     */
    get: operations['getBookingPolicy'];
    /**
     * Replace a doctor’s booking policy
     * @description Replaces the booking rules (the doctor or an admin; 403 otherwise); fields left out take their defaults. Existing
     *     appointments keep the buffers they were booked with. Watchers of the doctor get `slots.changed`.
     */
    put: operations['replaceBookingPolicy'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a doctor’s weekly hours
     * @description The weekly working hours (any role), on the doctor's wall clock in `timezone`. A new doctor starts with
     *     Monday–Friday 09:00–17:00. 404 `DOCTOR_NOT_FOUND`.
     */
    get: operations['getDoctorSchedule'];
    /**
     * Replace a doctor’s weekly hours
     * @description Replaces the whole week (the doctor or an admin; 403 otherwise). Takes the shape `GET` answers: `timezone` is
     *     optional and, when given, becomes the doctor's time zone. Times are `HH:MM`, `endTime` after `startTime`
     *     (`24:00` allowed); blocks of one day must not overlap: else 400 `VALIDATION_FAILED` with the offending
     *     `weeklyHours.<i>.<field>`. Booked appointments are not touched.
     */
    put: operations['replaceDoctorSchedule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}/time-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a doctor’s time off
     * @description The doctor's time off in start order (the doctor or an admin; 403 otherwise); `from`/`to` keep what overlaps.
     */
    get: operations['listTimeOff'];
    put?: never;
    /**
     * Add a time off
     * @description Adds a time off (the doctor or an admin; 403 otherwise). `endsAt` after `startsAt`, at most 366 days later,
     *     else 400. Appointments already booked inside it stay booked: the doctor moves or cancels them.
     */
    post: operations['addTimeOff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}/time-off/{timeOffId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a time off
     * @description Removes a time off (the doctor or an admin; 403 otherwise); 404 `TIME_OFF_NOT_FOUND` if the doctor has no such.
     */
    delete: operations['removeTimeOff'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}/slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find a doctor’s free slots
     * @description Free start times (any role), for the caller who asks: every `durationMinutes` from the start of each working
     *     block on the doctor's wall clock, fitting in the block, starting in [`from`, `to`) and not in the past,
     *     overlapping neither time off nor a non-cancelled appointment with its buffers (the doctor's current buffers
     *     around the new one, each appointment's own around it), nor another patient's live hold. A patient also gets
     *     only times inside the doctor's minimum notice and booking horizon, and none overlapping their own appointments.
     *     `to` after `from` (else 400 `VALIDATION_FAILED`), at most 31 days later (else 400 `RANGE_TOO_LARGE`).
     *     404 `DOCTOR_NOT_FOUND`.
     */
    get: operations['findFreeSlots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find the earliest free slot across doctors
     * @description Each matching doctor's earliest free slot in [`from`, `to`) for the caller (every booking rule applied as for
     *     `GET /doctors/{id}/slots`), earliest first, at most `limit` doctors. `onlineOnly=true` keeps doctors who are
     *     online and not busy right now ("see a doctor now"). The range is at most 14 days (else 400 `RANGE_TOO_LARGE`);
     *     `from` defaults to now and `to` to 14 days after `from`.
     */
    get: operations['findEarliestSlots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List background jobs
     * @description The service's time-driven work (admin), newest first: reminders planned, running, done or given up, with their
     *     attempts, last error and lease. An extension of the contract. A job is run once across instances; a failed
     *     attempt is retried after 1 s, 2 s, 4 s, … (at most an hour) until its attempts are spent, then it is `failed`.
     *     Finished jobs are kept for a day (`succeeded`) or a week (`failed`).
     */
    get: operations['listJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appointments/holds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hold a time while booking
     * @description Holds an interval for the calling patient for `HOLD_TTL_SECONDS` (default 300): everyone else's booking or hold
     *     of an overlapping interval (buffers included) → 409 `APPOINTMENT_CONFLICT`, and slots leave it out. The rules of a
     *     booking apply (404, 422s, 409). A patient has at most one hold: a new one replaces the old. Book it with
     *     `POST /appointments` and `holdId`. Patients only (403 otherwise).
     */
    post: operations['createHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appointments/holds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Release a hold
     * @description Releases the caller's hold at once. 404 `HOLD_NOT_FOUND` for a hold that is not theirs or is gone.
     */
    delete: operations['releaseHold'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appointments/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Book a recurring series of appointments
     * @description Books a recurring series: `recurrence.count` occurrences (2..26), every `interval` (1..4) days or weeks, each an
     *     ordinary appointment carrying the series' `seriesId`. Occurrences keep the first one's wall-clock time in the
     *     doctor's time zone across daylight-saving changes (their UTC time moves by the change); a wall time a
     *     spring-forward night skips moves forward by the gap (02:30 → 03:30), one a fall-back night has twice is the
     *     earlier instant. Roles as for `POST /appointments` (a patient for themself, a doctor with themself naming the
     *     patient, an admin naming the patient; else 403, or 400 without `patientId`). All or nothing, in one transaction:
     *     when any occurrence cannot be booked, nothing is, and the answer lists every failing occurrence in `details`
     *     (`{ occurrence, startsAt, code, message }`, `occurrence` counting from 1): 409 `APPOINTMENT_CONFLICT` when every
     *     failure is an overlap (another appointment of the doctor or its buffers, the patient's own appointments,
     *     another patient's hold), else 422 with the code of the first occurrence failing a rule (`START_IN_PAST`,
     *     `OUTSIDE_WORKING_HOURS` (time off included), `BOOKING_NOTICE_TOO_SHORT`, `BOOKING_TOO_FAR_AHEAD`,
     *     `BOOKING_LIMIT_REACHED`). A patient's series counts against `MAX_ACTIVE_BOOKINGS_PER_PATIENT` with their
     *     upcoming appointments (the occurrences beyond the limit fail with `BOOKING_LIMIT_REACHED`); a series booked by a
     *     doctor or an admin is exempt, as a course of treatment planned by the clinic. `Idempotency-Key` as for
     *     `POST /appointments`. One `appointment.created` per occurrence (socket events and stored notifications alike).
     */
    post: operations['bookSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appointments/series/{seriesId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel the rest of a recurring series
     * @description Cancels every `pending` or `confirmed` occurrence of the series starting at or after `from` (default now); the
     *     others stay as they are. The same roles as cancelling one appointment (its patient, its doctor, an admin); a
     *     patient cancelling inside the doctor's cancellation window marks those occurrences `lateCancellation`. Each
     *     cancelled occurrence raises `appointment.status_changed`. Answers how many were cancelled (0 when none was
     *     left). A series that does not exist or that the caller may not see → 404 `SERIES_NOT_FOUND`.
     */
    post: operations['cancelSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List appointments
     * @description Lists appointments the caller may see (a patient their own, a doctor their own, admin all), filtered by
     *     statuses, doctor, patient and a [from, to) range they overlap; sorted by `startsAt` (default) or `-startsAt`.
     *     `to` not after `from` → 400.
     */
    get: operations['listAppointments'];
    put?: never;
    /**
     * Book an appointment
     * @description Books an appointment (status `pending`). A patient books for themself (another `patientId` → 403); a doctor
     *     only with themself as `doctorId` (else 403) and must give `patientId` (else 400); an admin any pair
     *     (`patientId` required). Unknown or deactivated doctor or patient → 404 `DOCTOR_NOT_FOUND` /
     *     `PATIENT_NOT_FOUND`; start in the past → 422 `START_IN_PAST`; outside working hours or in time off → 422
     *     `OUTSIDE_WORKING_HOURS`; overlap with a non-cancelled appointment of the doctor or the patient → 409
     *     `APPOINTMENT_CONFLICT` (enforced by the database); more than the allowed upcoming pending/confirmed
     *     appointments of the patient → 422 `BOOKING_LIMIT_REACHED`. With `Idempotency-Key`, a repeat by the same user
     *     within 24 h answers the first answer again (status and body, errors included; server errors are not kept);
     *     another body with the key → 422 `IDEMPOTENCY_KEY_REUSED`; the key while its first request runs → 409
     *     `IDEMPOTENCY_KEY_IN_USE`, whatever the body (the first request's answer is not known yet, so neither is whether
     *     the bodies would be compared against a stored answer; retry later to get the 422 or the replay). The parties'
     *     notifications are stored with the booking; `appointment.created` is sent to their sockets after commit.
     */
    post: operations['bookAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/appointments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an appointment
     * @description One appointment: its patient, its doctor or admin; anyone else → 404 `APPOINTMENT_NOT_FOUND`.
     */
    get: operations['getAppointment'];
    put?: never;
    post?: never;
    /**
     * Delete an appointment
     * @description Deletes an appointment (admin, soft): it leaves every list and read, and frees its slot. → 204.
     */
    delete: operations['deleteAppointment'];
    options?: never;
    head?: never;
    /**
     * Reschedule or edit an appointment
     * @description Reschedules or edits a `pending` or `confirmed` appointment (its patient, its doctor or admin); any other
     *     status → 409 `INVALID_STATUS_TRANSITION`. A new time follows the booking rules: 422 `START_IN_PAST`, 422
     *     `OUTSIDE_WORKING_HOURS`, 409 `APPOINTMENT_CONFLICT`. `notes` only by the appointment's doctor (patient or
     *     admin → 403). Publishes `appointment.updated` with the changed field names, when anything changed.
     */
    patch: operations['updateAppointment'];
    trace?: never;
  };
  '/api/v1/appointments/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an appointment’s status
     * @description Moves an appointment along its life cycle. Allowed moves:
     *
     *     | from | to | who |
     *     |---|---|---|
     *     | pending | confirmed | doctor, admin |
     *     | pending, confirmed | cancelled | patient, doctor, admin |
     *     | confirmed | in_progress | doctor, admin |
     *     | in_progress | completed | doctor, admin |
     *     | confirmed | no_show | doctor, admin |
     *
     *     Any other move answers 409 `INVALID_STATUS_TRANSITION`, and so does the loser of two concurrent moves (the move is a compare-and-swap on the status read). A move the caller's role may not make answers 403. When cancelling, `reason` is kept as `cancellationReason` and `cancelledBy` is the caller; other moves ignore `reason`. An appointment the caller may not see answers 404 `APPOINTMENT_NOT_FOUND`. Publishes `appointment.status_changed` to the patient and the doctor after commit.
     */
    patch: operations['changeAppointmentStatus'];
    trace?: never;
  };
  '/api/v1/patients/{id}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a patient’s appointments
     * @description One patient's appointments, with the filters of `GET /appointments` and the caller's visibility on top (a
     *     doctor sees only their own appointments with the patient). A patient the caller may not see (another patient;
     *     for a doctor, one without an appointment with them) → 404 `PATIENT_NOT_FOUND`.
     */
    get: operations['listPatientAppointments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}/availability/explain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Explain whether a time can be booked
     * @description Why the caller can or cannot book [`startsAt`, `startsAt` + `durationMinutes`) with this doctor right now (any
     *     role; each caller's own rules: a patient's notice, horizon, own appointments and booking limit). `available` is
     *     true exactly when `reasons` is empty and the caller's booking of that interval would then succeed. A `BOOKED`
     *     reason never names the other patient. 404 `DOCTOR_NOT_FOUND`.
     */
    get: operations['explainAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a doctor’s appointments
     * @description One doctor's appointments, with the filters of `GET /appointments` and the caller's visibility on top: the
     *     doctor themself and admin see all of them, a patient only their own with this doctor, another doctor none
     *     (an empty page). Unknown doctor → 404 `DOCTOR_NOT_FOUND`.
     */
    get: operations['listDoctorAppointments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/waitlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List waitlist entries
     * @description Waitlist entries, newest first: a patient's own, a doctor's (of their waitlist), or all (admin).
     */
    get: operations['listWaitlist'];
    put?: never;
    /**
     * Join a doctor’s waitlist
     * @description The calling patient waits for the doctor's time inside [from, to). When such time comes free (a cancellation, a
     *     reschedule away, time off removed, a hold released or expired), the oldest `waiting` entry it fits is offered it:
     *     a hold for the patient lasting `WAITLIST_OFFER_MINUTES` (default 15), `waitlist.offer` on their sockets and a
     *     stored notification. Time already free when the entry is made is not offered (book it). `to` not after `from`, or
     *     closer than `durationMinutes` → 400 `VALIDATION_FAILED`; more than 31 days apart → 400 `RANGE_TOO_LARGE`; `to`
     *     not in the future → 422 `START_IN_PAST`. Unknown doctor → 404. Patients only (403 otherwise).
     */
    post: operations['joinWaitlist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/waitlist/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Leave a waitlist
     * @description Its patient or an admin leaves the waitlist: the entry becomes `cancelled`, and an open offer's hold is released
     *     at once (its time passes to the next entry). Again on a cancelled entry: 204. Its doctor → 403; anyone else, or
     *     no such entry → 404 `WAITLIST_ENTRY_NOT_FOUND`; a `booked` entry → 409 `INVALID_STATUS_TRANSITION` (cancel the
     *     appointment instead).
     */
    delete: operations['cancelWaitlistEntry'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the caller’s notifications
     * @description The caller's own notifications, newest first: every appointment event and message that reached them, also
     *     while they were offline. `unread=true` keeps the unread ones.
     */
    get: operations['listNotifications'];
    put?: never;
    /**
     * Send a message to a user
     * @description Sends a message to one user (admin): stored as type `message` and delivered now as the `notification` socket
     *     event to each of their connections. 404 `USER_NOT_FOUND` for an unknown user.
     */
    post: operations['sendMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/broadcast': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Broadcast a message
     * @description Sends a message to every active user, or every active user of `role` (admin). Answers 202 once it is stored
     *     for all of them (type `broadcast`, `data.broadcastId`); connected users get their copy as the `notification`
     *     socket event right after. `recipients` is how many users it was stored for.
     */
    post: operations['broadcastMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark all notifications read
     * @description Marks all the caller's notifications read.
     */
    post: operations['markAllNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Mark a notification read
     * @description Marks one of the caller's notifications read (the first read time stays); 404 `NOTIFICATION_NOT_FOUND` otherwise.
     */
    patch: operations['markNotificationRead'];
    trace?: never;
  };
  '/api/v1/doctors/me/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set the caller’s doctor status
     * @description Sets the caller's status (doctor only). While the doctor has no socket connected it still reads `offline`;
     *     the stored status applies when they connect. A change while online is sent to every connected user as
     *     `doctor.presence`.
     */
    put: operations['setMyDoctorStatus'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/doctors/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a doctor’s presence
     * @description Whether a doctor is online and their status (any role); 404 `DOCTOR_NOT_FOUND` for an unknown doctor.
     */
    get: operations['getDoctorStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fhir/R4/metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the FHIR CapabilityStatement
     * @description What this server offers: the resources, their interactions and search parameters. No token needed.
     */
    get: operations['readFhirCapabilities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fhir/R4/Appointment/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a FHIR Appointment
     * @description One appointment its patient, its doctor or an admin may see; anyone else 404 (OperationOutcome `not-found`).
     */
    get: operations['readFhirAppointment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fhir/R4/Appointment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search FHIR Appointments
     * @description The appointments the caller may see (a patient their own, a doctor theirs, an admin all), earliest start first, as
     *     a `searchset` Bundle paged by `_count` with a `next` link. Naming a patient or doctor the caller may not see finds
     *     nothing (an empty Bundle), as a REST list does. Unknown parameters answer 400.
     */
    get: operations['searchFhirAppointments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fhir/R4/Patient/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a FHIR Patient
     * @description A patient the caller may see (themself; a doctor’s patients; admin all), audited like `GET /patients/:id`.
     */
    get: operations['readFhirPatient'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fhir/R4/Practitioner/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a FHIR Practitioner
     * @description A doctor, for any signed-in caller (the directory is public to them).
     */
    get: operations['readFhirPractitioner'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fhir/R4/Schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search FHIR Schedules
     * @description The doctor’s one Schedule (its id is the doctor’s), with the weekly hours; an unknown doctor finds nothing.
     */
    get: operations['searchFhirSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fhir/R4/Slot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search free FHIR Slots
     * @description Free 30-minute slots of the schedule’s doctor for the caller who asks, exactly as `GET /doctors/:id/slots` answers
     *     them (a patient’s notice, horizon and own appointments included). `start` as for appointments’ `date`.
     */
    get: operations['searchFhirSlots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook endpoints
     * @description Every endpoint, newest first (no secrets).
     */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Create a webhook endpoint
     * @description Registers an endpoint. The answer is the only one (with rotation's) that shows its `secret`. 400
     *     `WEBHOOK_URL_FORBIDDEN` for a URL that is not https (or http outside production) or whose host is, or resolves
     *     to, a private, loopback or link-local address (or does not resolve).
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook endpoint
     * @description One endpoint; 404 `WEBHOOK_NOT_FOUND`.
     */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint
     * @description Removes the endpoint and its delivery log; nothing more is sent to it.
     */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /**
     * Update a webhook endpoint
     * @description Changes what is given; a new `url` is checked as on creation. `isActive: false` pauses new deliveries.
     */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/api/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a webhook endpoint’s secret
     * @description Replaces the signing secret at once (no grace period: the old one stops signing now, retries of earlier
     *     deliveries included). The answer shows the new secret.
     */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a webhook endpoint’s deliveries
     * @description The endpoint's deliveries, newest first, with their attempts, last answer or error and next attempt.
     */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retry a webhook delivery
     * @description Sends a delivery again (any status): it is `pending` and due now, and an attempt follows at once. One failed
     *     attempt beyond the schedule leaves it `failed` again. While an attempt is in flight, that attempt is the retry
     *     (no second request goes out beside it). 404 `WEBHOOK_DELIVERY_NOT_FOUND`.
     */
    post: operations['retryWebhookDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness probe
     * @description 200 while the process runs.
     */
    get: operations['checkLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness probe
     * @description 200 when the database answers within 2 s, else 503 `SERVICE_UNAVAILABLE`.
     */
    get: operations['checkReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description What an account is: a patient, a doctor or an administrator.
     * @enum {string}
     */
    Role: 'patient' | 'doctor' | 'admin';
    User: {
      /** Format: uuid */
      id: string;
      /**
       * Format: email
       * @example jonas.weber@example.com
       */
      email: string;
      role: components['schemas']['Role'];
      /**
       * Format: uuid
       * @description The patient profile's id when the role is patient, else null.
       */
      patientId: string | null;
      /**
       * Format: uuid
       * @description The doctor profile's id when the role is doctor, else null.
       */
      doctorId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @example Jonas Weber */
      fullName: string;
      /** @example +49 151 2345678 */
      phone: string | null;
      /** @description False once an admin has deactivated the account: its tokens stop working. */
      isActive: boolean;
    };
    TokenResponse: {
      /** @enum {string} */
      tokenType: 'Bearer';
      /**
       * Format: int32
       * @description Lifetime of the access token, in seconds.
       * @example 900
       */
      expiresIn: number;
      /** @description JWT (HS256) for `Authorization: Bearer`. */
      accessToken: string;
      /** @description JWT that works once at `POST /auth/refresh`. */
      refreshToken: string;
      user: components['schemas']['User'];
    };
    ErrorDetail: {
      /**
       * @description The offending field, dotted for nested ones (`patient.dateOfBirth`).
       * @example startsAt
       */
      field: string;
      /** @example startsAt must be an ISO 8601 date-time with an offset, such as 2030-01-07T10:00:00Z */
      message: string;
    };
    /**
     * @description A stable code clients switch on (never on the message).
     * @enum {string}
     */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'UNAUTHORIZED'
      | 'FORBIDDEN'
      | 'ROUTE_NOT_FOUND'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'TOO_MANY_REQUESTS'
      | 'INTERNAL_ERROR'
      | 'SERVICE_UNAVAILABLE'
      | 'EMAIL_TAKEN'
      | 'LICENSE_TAKEN'
      | 'INVALID_CREDENTIALS'
      | 'ACCOUNT_DISABLED'
      | 'INVALID_TOKEN'
      | 'TOKEN_REUSED'
      | 'WRONG_PASSWORD'
      | 'PATIENT_NOT_FOUND'
      | 'DOCTOR_NOT_FOUND'
      | 'USER_NOT_FOUND'
      | 'RECORD_NOT_FOUND'
      | 'APPOINTMENT_NOT_FOUND'
      | 'TIME_OFF_NOT_FOUND'
      | 'NOTIFICATION_NOT_FOUND'
      | 'APPOINTMENT_CONFLICT'
      | 'OUTSIDE_WORKING_HOURS'
      | 'START_IN_PAST'
      | 'INVALID_STATUS_TRANSITION'
      | 'IDEMPOTENCY_KEY_REUSED'
      | 'IDEMPOTENCY_KEY_IN_USE'
      | 'BOOKING_LIMIT_REACHED'
      | 'SCHEDULE_INVALID'
      | 'RANGE_TOO_LARGE'
      | 'HOLD_NOT_FOUND'
      | 'HOLD_MISMATCH'
      | 'HOLD_EXPIRED'
      | 'BOOKING_NOTICE_TOO_SHORT'
      | 'BOOKING_TOO_FAR_AHEAD'
      | 'RESCHEDULE_WINDOW_PASSED'
      | 'SERIES_NOT_FOUND'
      | 'WEBHOOK_NOT_FOUND'
      | 'WEBHOOK_DELIVERY_NOT_FOUND'
      | 'WEBHOOK_URL_FORBIDDEN'
      | 'INSUFFICIENT_SCOPE'
      | 'API_KEY_NOT_FOUND'
      | 'WAITLIST_ENTRY_NOT_FOUND';
    OccurrenceErrorDetail: {
      /**
       * Format: int32
       * @description 1 for the first occurrence (the request's `startsAt`), 2 for the next, and so on.
       * @example 3
       */
      occurrence: number;
      /** Format: date-time */
      startsAt: string;
      /** @description The code a booking of this occurrence alone would answer. */
      code: components['schemas']['ErrorCode'];
      /** @example The time overlaps another appointment or a hold */
      message: string;
    };
    ErrorResponse: {
      /**
       * Format: int32
       * @description The HTTP status, repeated.
       * @example 409
       */
      statusCode: number;
      /** @description A stable code clients can switch on. */
      code: components['schemas']['ErrorCode'];
      /**
       * @description With 400 `VALIDATION_FAILED`: one entry per offending field (`ErrorDetail`). With a refused recurring series
       *     (409, 422): one entry per failing occurrence (`OccurrenceErrorDetail`).
       */
      details?: (components['schemas']['ErrorDetail'] | components['schemas']['OccurrenceErrorDetail'])[];
      /** Format: date-time */
      timestamp: string;
      /**
       * @description The HTTP reason phrase.
       * @example Conflict
       */
      error: string;
      /**
       * @description For people; may change between releases.
       * @example The time overlaps another appointment of the doctor or the patient
       */
      message: string;
      /**
       * @description The request path, without its query.
       * @example /api/v1/appointments
       */
      path: string;
      /**
       * @description The same value as the `X-Request-Id` header.
       * @example 3f2c7a4e-9b1d-4c55-8a47-0f5c2e8b9d10
       */
      requestId: string;
    };
    LoginRequest: {
      /** @example jonas.weber@example.com */
      email: string;
      /** @example correct-horse-battery */
      password: string;
    };
    RefreshRequest: {
      /** @description The `refreshToken` of the last `TokenResponse`. */
      refreshToken: string;
    };
    /**
     * @description What an API key may do (see the `api-key` security scheme).
     * @enum {string}
     */
    ApiKeyScope:
      | 'appointments:read'
      | 'appointments:write'
      | 'doctors:read'
      | 'doctors:write'
      | 'patients:read'
      | 'webhooks:manage'
      | 'fhir:read';
    CreateApiKeyRequest: {
      /**
       * @description What the key may do: at least one scope (a repeated one counts once).
       * @example [
       *       "appointments:read",
       *       "fhir:read"
       *     ]
       */
      scopes: components['schemas']['ApiKeyScope'][];
      /**
       * Format: date-time
       * @description When the key stops working (ISO 8601 with an offset, in the future); without it, it works until revoked.
       */
      expiresAt?: string;
      /**
       * @description What the key is for, 1..100 characters.
       * @example Billing system
       */
      name: string;
    };
    CreatedApiKey: {
      /** Format: uuid */
      id: string;
      /**
       * @example [
       *       "appointments:read",
       *       "fhir:read"
       *     ]
       */
      scopes: components['schemas']['ApiKeyScope'][];
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description Null: works until revoked. An expired key answers 401.
       */
      expiresAt: string | null;
      /**
       * Format: date-time
       * @description The last authenticated use, to within `API_KEY_USAGE_FLUSH_MS` (written in batches); null if never used.
       */
      lastUsedAt: string | null;
      /**
       * @description The key, shown only now: send it as `X-API-Key` (or `Authorization: Bearer`).
       * @example cbk_Xq3v9LmA_4fQ0p2Wn8sKc1TzYh6vBd3RjLm5uGx7eNa9oIw2SkPy
       */
      key: string;
      /** @example Billing system */
      name: string;
      /**
       * @description The key's first characters, not secret: which key a log line or a list entry means.
       * @example cbk_Xq3v9LmA
       */
      prefix: string;
    };
    ApiKey: {
      /** Format: uuid */
      id: string;
      /**
       * @example [
       *       "appointments:read",
       *       "fhir:read"
       *     ]
       */
      scopes: components['schemas']['ApiKeyScope'][];
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description Null: works until revoked. An expired key answers 401.
       */
      expiresAt: string | null;
      /**
       * Format: date-time
       * @description The last authenticated use, to within `API_KEY_USAGE_FLUSH_MS` (written in batches); null if never used.
       */
      lastUsedAt: string | null;
      /** @example Billing system */
      name: string;
      /**
       * @description The key's first characters, not secret: which key a log line or a list entry means.
       * @example cbk_Xq3v9LmA
       */
      prefix: string;
    };
    PageMeta: {
      /**
       * Format: int32
       * @example 1
       */
      page: number;
      /**
       * Format: int32
       * @example 20
       */
      limit: number;
      /**
       * Format: int32
       * @description Items in the whole list.
       */
      total: number;
      /**
       * Format: int32
       * @description `ceil(total / limit)`; 0 for an empty list.
       */
      totalPages: number;
    };
    ApiKeyPage: {
      data: components['schemas']['ApiKey'][];
      meta: components['schemas']['PageMeta'];
    };
    UserPage: {
      data: components['schemas']['User'][];
      meta: components['schemas']['PageMeta'];
    };
    ChangePasswordRequest: {
      currentPassword: string;
      /** @description 8..72 characters (at most 72 bytes). */
      newPassword: string;
    };
    UpdateUserRequest: {
      /** @description Admin only: `false` deactivates the account (its tokens stop working), `true` reactivates it. */
      isActive?: boolean;
      /**
       * @description The account's name; cannot be cleared.
       * @example Jonas Weber
       */
      fullName?: string;
      /**
       * @description The account's phone; `null` clears it.
       * @example +49 151 2345678
       */
      phone?: string | null;
    };
    /** @enum {string} */
    ActorRole: 'patient' | 'doctor' | 'admin' | 'integration';
    /** @enum {string} */
    AuditAction:
      | 'patient.list'
      | 'patient.read'
      | 'patient.update'
      | 'record.list'
      | 'record.read'
      | 'record.create'
      | 'record.update';
    /**
     * @description `denied` when the caller was refused (403, or 404 for what they may not see).
     * @enum {string}
     */
    AuditOutcome: 'allowed' | 'denied';
    AuditEvent: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description Who acted: a user, or the API key (its id) when `actorRole` is `integration`.
       */
      actorId: string | null;
      actorRole: components['schemas']['ActorRole'] | null;
      action: components['schemas']['AuditAction'];
      /**
       * Format: uuid
       * @description The patient concerned; null for a list of patients.
       */
      patientId: string | null;
      /**
       * Format: uuid
       * @description The medical record concerned, if any.
       */
      recordId: string | null;
      /** @description `denied` when the caller was refused (403, or 404 for what they may not see). */
      outcome: components['schemas']['AuditOutcome'];
      /** Format: date-time */
      createdAt: string;
      /** @description The `X-Request-Id` of the request. */
      requestId: string | null;
    };
    AuditEventPage: {
      data: components['schemas']['AuditEvent'][];
      meta: components['schemas']['PageMeta'];
    };
    /** @enum {string} */
    PatientSort: 'fullName' | '-fullName' | 'createdAt' | '-createdAt';
    /**
     * @description As the patient states it.
     * @enum {string}
     */
    Gender: 'female' | 'male' | 'other' | 'unknown';
    /**
     * @description ABO group and Rh factor.
     * @enum {string}
     */
    BloodType: 'A+' | 'A-' | 'B+' | 'B-' | 'AB+' | 'AB-' | 'O+' | 'O-';
    EmergencyContact: {
      /** @example Maria Schmidt */
      name: string;
      /** @example +49 30 1234567 */
      phone: string;
      /** @example sister */
      relationship?: string;
    };
    Patient: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The patient's account.
       */
      userId: string;
      /**
       * Format: email
       * @example jonas.weber@example.com
       */
      email: string;
      /**
       * Format: date
       * @description `YYYY-MM-DD`.
       * @example 1984-06-21
       */
      dateOfBirth: string | null;
      gender: components['schemas']['Gender'] | null;
      bloodType: components['schemas']['BloodType'] | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @example Jonas Weber */
      fullName: string;
      /** @example +49 151 2345678 */
      phone: string | null;
      /**
       * @example [
       *       "penicillin"
       *     ]
       */
      allergies: string[];
      address: string | null;
      emergencyContact: components['schemas']['EmergencyContact'] | (never | null);
    };
    PatientPage: {
      data: components['schemas']['Patient'][];
      meta: components['schemas']['PageMeta'];
    };
    UpdatePatientRequest: {
      /**
       * Format: date
       * @description `YYYY-MM-DD`, not in the future.
       * @example 1984-06-21
       */
      dateOfBirth?: string | null;
      gender?: components['schemas']['Gender'] | null;
      bloodType?: components['schemas']['BloodType'] | null;
      /**
       * @description Up to 50, each up to 200 characters.
       * @example [
       *       "penicillin"
       *     ]
       */
      allergies?: string[] | null;
      /** @example Invalidenstraße 12, 10115 Berlin */
      address?: string | null;
      emergencyContact?: components['schemas']['EmergencyContact'] | (never | null);
      /**
       * @description The account's name; cannot be cleared.
       * @example Jonas Weber
       */
      fullName?: string;
      /**
       * @description The account's phone; `null` clears it.
       * @example +49 151 2345678
       */
      phone?: string | null;
    };
    /**
     * @description Whether a diagnosis is still current.
     * @enum {string}
     */
    MedicalRecordStatus: 'active' | 'resolved';
    MedicalRecord: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      patientId: string;
      /**
       * Format: uuid
       * @description The author.
       */
      doctorId: string;
      /**
       * Format: uuid
       * @description The appointment the record comes from, if any.
       */
      appointmentId: string | null;
      status: components['schemas']['MedicalRecordStatus'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      diagnosis: string;
      icd10Code: string | null;
      notes: string | null;
      prescriptions: string[];
    };
    MedicalRecordPage: {
      data: components['schemas']['MedicalRecord'][];
      meta: components['schemas']['PageMeta'];
    };
    CreateMedicalRecordRequest: {
      /**
       * @description Default `active`.
       * @default active
       */
      status: components['schemas']['MedicalRecordStatus'];
      /**
       * Format: uuid
       * @description An appointment of this patient with you (the author), if the record comes from one.
       */
      appointmentId?: string;
      /**
       * @description Free text, 1..2000 characters.
       * @example Type 2 diabetes mellitus
       */
      diagnosis: string;
      /**
       * @description ICD-10 code such as `E11` or `J45.909` (stored in capitals).
       * @example E11.9
       */
      icd10Code?: string | null;
      notes?: string | null;
      /**
       * @description Up to 50 prescriptions, each 1..500 characters.
       * @example [
       *       "Metformin 500 mg twice daily"
       *     ]
       */
      prescriptions?: string[];
    };
    UpdateMedicalRecordRequest: {
      status?: components['schemas']['MedicalRecordStatus'];
      diagnosis?: string;
      /** @description ICD-10 code such as `E11` or `J45.909`; `null` clears it. */
      icd10Code?: string | null;
      /** @description `null` clears the notes. */
      notes?: string | null;
      /** @description Replaces the whole list. */
      prescriptions?: string[];
    };
    /**
     * @description `offline` while no socket of the doctor is connected, else the status the doctor last set.
     * @enum {string}
     */
    DoctorStatus: 'online' | 'busy' | 'offline';
    /** @enum {string} */
    DoctorSort: 'fullName' | '-fullName' | 'yearsOfExperience' | '-yearsOfExperience' | 'createdAt' | '-createdAt';
    Doctor: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The doctor's account.
       */
      userId: string;
      /**
       * Format: email
       * @example amara.okafor@clinic.example
       */
      email: string;
      /**
       * Format: int32
       * @example 12
       */
      yearsOfExperience: number | null;
      /** @description `offline` while `isOnline` is false, else the status the doctor chose. */
      status: components['schemas']['DoctorStatus'];
      /**
       * Format: date-time
       * @description When the doctor's last socket closed; null if never.
       */
      lastSeenAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description Last change of the profile or of the account's name and phone.
       */
      updatedAt: string;
      /** @example Dr Amara Okafor */
      fullName: string;
      phone: string | null;
      /** @example Cardiology */
      specialization: string;
      /**
       * @description Unique across doctors.
       * @example GMC-7301842
       */
      licenseNumber: string;
      bio: string | null;
      /**
       * @description IANA time zone; the weekly hours are local to it.
       * @example Europe/Berlin
       */
      timezone: string;
      /** @description At least one socket of the doctor is connected. */
      isOnline: boolean;
    };
    DoctorPage: {
      data: components['schemas']['Doctor'][];
      meta: components['schemas']['PageMeta'];
    };
    SpecializationCount: {
      /**
       * Format: int32
       * @description Active doctors with this specialization.
       * @example 3
       */
      count: number;
      /** @example Cardiology */
      specialization: string;
    };
    UpdateDoctorRequest: {
      /** Format: int32 */
      yearsOfExperience?: number | null;
      specialization?: string;
      /** @description Admin only (403 otherwise); unique across doctors (409 `LICENSE_TAKEN`). */
      licenseNumber?: string;
      bio?: string | null;
      /** @description IANA time zone name. The weekly hours stay the same wall-clock times in the new zone. */
      timezone?: string;
      /**
       * @description The account's name; cannot be cleared.
       * @example Jonas Weber
       */
      fullName?: string;
      /**
       * @description The account's phone; `null` clears it.
       * @example +49 151 2345678
       */
      phone?: string | null;
    };
    BookingPolicy: {
      /**
       * Format: int32
       * @description Minutes kept free before each of the doctor's appointments (buffers stack, and may reach outside working hours).
       * @example 10
       */
      bufferBeforeMinutes: number;
      /**
       * Format: int32
       * @description Minutes kept free after each of the doctor's appointments.
       * @example 5
       */
      bufferAfterMinutes: number;
      /**
       * Format: int32
       * @description A patient cannot book or move an appointment to start sooner than this many minutes from now.
       * @example 120
       */
      minimumNoticeMinutes: number;
      /**
       * Format: int32
       * @description A patient cannot book or move an appointment to start later than this many 24-hour days from now.
       * @example 90
       */
      bookingHorizonDays: number;
      /**
       * Format: int32
       * @description A patient who cancels later than this many hours before the start is marked `lateCancellation`; a patient cannot
       *     reschedule inside it. 0: no window.
       * @example 24
       */
      cancellationWindowHours: number;
      /**
       * @description New bookings start `confirmed` instead of `pending` (whoever books).
       * @example false
       */
      autoConfirm: boolean;
    };
    ReplaceBookingPolicyRequest: {
      /**
       * Format: int32
       * @default 0
       * @example 10
       */
      bufferBeforeMinutes: number;
      /**
       * Format: int32
       * @default 0
       * @example 5
       */
      bufferAfterMinutes: number;
      /**
       * Format: int32
       * @default 0
       * @example 120
       */
      minimumNoticeMinutes: number;
      /**
       * Format: int32
       * @default 365
       * @example 90
       */
      bookingHorizonDays: number;
      /**
       * Format: int32
       * @default 0
       * @example 24
       */
      cancellationWindowHours: number;
      /**
       * @default false
       * @example false
       */
      autoConfirm: boolean;
    };
    WeeklyHours: {
      /**
       * Format: int32
       * @description ISO day of week: 1 = Monday .. 7 = Sunday.
       * @example 1
       */
      dayOfWeek: number;
      /**
       * @description `HH:MM`, 24-hour clock.
       * @example 09:00
       */
      startTime: string;
      /**
       * @description `HH:MM`, after `startTime`; `24:00` for a block that runs to midnight.
       * @example 17:00
       */
      endTime: string;
    };
    DoctorSchedule: {
      /**
       * @description The doctor's IANA time zone; the hours are local to it.
       * @example Europe/Berlin
       */
      timezone: string;
      /** @description Sorted by day, then start. */
      weeklyHours: components['schemas']['WeeklyHours'][];
    };
    ReplaceScheduleRequest: {
      /** @description The whole week (at most 50 blocks); blocks of one day may touch but not overlap. An empty list means no hours. */
      weeklyHours: components['schemas']['WeeklyHours'][];
      /**
       * @description The doctor's IANA time zone. Left out: the zone stays. Given: it becomes the doctor's zone (as with
       *     `PATCH /doctors/{id}`), and the hours are read on its wall clock.
       * @example Europe/Berlin
       */
      timezone?: string;
    };
    CreateTimeOffRequest: {
      /**
       * Format: date-time
       * @description ISO 8601 with an offset (`Z` or `+02:00`).
       */
      startsAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset; after `startsAt`, at most 366 days later.
       */
      endsAt: string;
      /**
       * @description Free text, up to 500 characters.
       * @example Conference in Vienna
       */
      reason?: string;
    };
    TimeOff: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      doctorId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      createdAt: string;
      /** @example Conference in Vienna */
      reason: string | null;
    };
    TimeOffPage: {
      data: components['schemas']['TimeOff'][];
      meta: components['schemas']['PageMeta'];
    };
    FreeSlot: {
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
    };
    FreeSlots: {
      /** Format: uuid */
      doctorId: string;
      /**
       * Format: int32
       * @example 30
       */
      durationMinutes: number;
      /**
       * @description The doctor's IANA time zone, for showing the slots on their wall clock.
       * @example Europe/Berlin
       */
      timezone: string;
      /** @description In time order. */
      slots: components['schemas']['FreeSlot'][];
    };
    EarliestSlotDoctor: {
      /** Format: uuid */
      id: string;
      status: components['schemas']['DoctorStatus'];
      /** @example Dr. Anna Schmidt */
      fullName: string;
      /** @example Cardiology */
      specialization: string;
      /** @example true */
      isOnline: boolean;
    };
    EarliestSlot: {
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      doctor: components['schemas']['EarliestSlotDoctor'];
    };
    EarliestSlots: {
      data: components['schemas']['EarliestSlot'][];
    };
    /**
     * @description `queued` (also between retries), `running` under a lease, `succeeded`, or `failed` once its attempts are spent.
     * @enum {string}
     */
    JobStatus: 'queued' | 'running' | 'succeeded' | 'failed';
    Job: {
      /** Format: uuid */
      id: string;
      /** @description What the job works on (by kind). */
      payload: {
        [key: string]: unknown;
      };
      /**
       * Format: date-time
       * @description When it is due; after a failure, when it is tried again.
       */
      runAt: string;
      status: components['schemas']['JobStatus'];
      /**
       * Format: int32
       * @description Attempts started so far.
       */
      attempts: number;
      /**
       * Format: int32
       * @description After this many failed attempts the job is `failed`.
       */
      maxAttempts: number;
      /** @description The last failure's message. */
      lastError: string | null;
      /** @description The instance running it (while `running`). */
      lockedBy: string | null;
      /**
       * Format: date-time
       * @description The lease of the running attempt: after this, another instance takes the job over.
       */
      lockedUntil: string | null;
      /** Format: date-time */
      finishedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description What the job does.
       * @example appointment.reminder
       */
      kind: string;
      /**
       * @description Unique: the same work is planned once.
       * @example reminder:c4a1e8b2-6d3f-4a5e-9b7c-2d8e0f1a3b5c:60:2026-12-07T10:00:00.000Z
       */
      dedupeKey: string;
    };
    JobPage: {
      data: components['schemas']['Job'][];
      meta: components['schemas']['PageMeta'];
    };
    CreateHoldRequest: {
      /**
       * Format: uuid
       * @description The doctor whose time to hold.
       */
      doctorId: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset; the same rules as a booking (future, working hours, notice, horizon).
       */
      startsAt: string;
      /**
       * Format: int32
       * @description 5..480 minutes, a multiple of 5. Default 30.
       * @example 30
       */
      durationMinutes?: number;
    };
    Hold: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      doctorId: string;
      /** Format: uuid */
      patientId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /**
       * Format: date-time
       * @description When the hold lapses (`HOLD_TTL_SECONDS` after it was made); an expired hold blocks nobody.
       */
      expiresAt: string;
    };
    /**
     * @description Every `interval` days or every `interval` weeks.
     * @enum {string}
     */
    SeriesFrequency: 'daily' | 'weekly';
    Recurrence: {
      /** @description Every `interval` days or every `interval` weeks. */
      frequency: components['schemas']['SeriesFrequency'];
      /**
       * Format: int32
       * @description 1..4: every day (week), every other one, and so on.
       * @example 1
       */
      interval: number;
      /**
       * Format: int32
       * @description 2..26 occurrences in all, the first at `startsAt`.
       * @example 6
       */
      count: number;
    };
    BookSeriesRequest: {
      /**
       * Format: uuid
       * @description The doctor to book; a doctor booking must name themself.
       */
      doctorId: string;
      /**
       * Format: date-time
       * @description The first occurrence, ISO 8601 with an offset; later ones keep its wall-clock time in the doctor's time zone.
       */
      startsAt: string;
      /**
       * Format: int32
       * @description 5..480 minutes, a multiple of 5, for every occurrence. Default 30.
       * @example 30
       */
      durationMinutes?: number;
      /**
       * Format: uuid
       * @description The patient. Required when a doctor or an admin books; a patient may leave it out or give their own id.
       */
      patientId?: string;
      recurrence: components['schemas']['Recurrence'];
      /**
       * @description Why the patient comes, kept on every occurrence (free text, up to 1000 characters).
       * @example Physiotherapy after knee surgery
       */
      reason?: string;
    };
    /**
     * @description Where an appointment is in its life cycle.
     * @enum {string}
     */
    AppointmentStatus: 'pending' | 'confirmed' | 'in_progress' | 'completed' | 'cancelled' | 'no_show';
    AppointmentParty: {
      /** Format: uuid */
      id: string;
      /** @example Jonas Weber */
      fullName: string;
    };
    AppointmentDoctor: {
      /** Format: uuid */
      id: string;
      /** @example Jonas Weber */
      fullName: string;
      /** @example Cardiology */
      specialization: string;
    };
    Appointment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      patientId: string;
      /** Format: uuid */
      doctorId: string;
      /** Format: date-time */
      startsAt: string;
      /**
       * Format: date-time
       * @description `startsAt` + `durationMinutes`; the slot is [startsAt, endsAt).
       */
      endsAt: string;
      /**
       * Format: int32
       * @example 30
       */
      durationMinutes: number;
      status: components['schemas']['AppointmentStatus'];
      /**
       * Format: uuid
       * @description The id of the user who cancelled it.
       */
      cancelledBy: string | null;
      /**
       * Format: uuid
       * @description The recurring series it was booked in; null when it was booked on its own.
       */
      seriesId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @example Follow-up after blood test */
      reason: string | null;
      /** @description The doctor's notes; only the doctor writes them. */
      notes: string | null;
      /** @description The `reason` given when it was cancelled. */
      cancellationReason: string | null;
      /**
       * @description A patient cancelled it inside the doctor's cancellation window (`cancellationWindowHours` of the booking
       *     policy); false otherwise.
       * @example false
       */
      lateCancellation: boolean;
      patient: components['schemas']['AppointmentParty'];
      doctor: components['schemas']['AppointmentDoctor'];
    };
    BookedSeries: {
      /** Format: uuid */
      seriesId: string;
      /** @description The occurrences, first to last. */
      appointments: components['schemas']['Appointment'][];
    };
    CancelSeriesRequest: {
      /**
       * Format: date-time
       * @description Cancel the occurrences starting at or after this instant (ISO 8601 with an offset). Default: now.
       */
      from?: string;
      /**
       * @description Kept as `cancellationReason` on every cancelled occurrence.
       * @example Treatment finished early
       */
      reason?: string;
    };
    CancelledSeries: {
      /**
       * Format: int32
       * @description How many occurrences this request cancelled.
       * @example 4
       */
      cancelled: number;
    };
    BookAppointmentRequest: {
      /**
       * Format: uuid
       * @description The doctor to book; a doctor booking must name themself.
       */
      doctorId: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset (`Z` or `+02:00`); must be in the future.
       */
      startsAt: string;
      /**
       * Format: int32
       * @description 5..480 minutes, a multiple of 5. Default 30.
       * @example 30
       */
      durationMinutes?: number;
      /**
       * Format: uuid
       * @description The patient. Required when a doctor or an admin books; a patient may leave it out or give their own id
       *     (another patient's id answers 403).
       */
      patientId?: string;
      /**
       * Format: uuid
       * @description A hold of the caller (`POST /appointments/holds`) this booking turns into the appointment: same patient, doctor,
       *     start and duration (else 422 `HOLD_MISMATCH`); an expired hold → 410 `HOLD_EXPIRED`; an unknown one or another's
       *     → 404 `HOLD_NOT_FOUND`.
       */
      holdId?: string;
      /**
       * @description Why the patient comes (free text, up to 1000 characters).
       * @example Follow-up after blood test
       */
      reason?: string;
    };
    /** @enum {string} */
    AppointmentSort: 'startsAt' | '-startsAt';
    AppointmentPage: {
      data: components['schemas']['Appointment'][];
      meta: components['schemas']['PageMeta'];
    };
    UpdateAppointmentRequest: {
      /**
       * Format: date-time
       * @description A new start, ISO 8601 with an offset; must be in the future, inside working hours and free.
       */
      startsAt?: string;
      /**
       * Format: int32
       * @description A new length: 5..480 minutes, a multiple of 5.
       * @example 45
       */
      durationMinutes?: number;
      /**
       * @description The visit's reason; `null` clears it.
       * @example Follow-up after blood test
       */
      reason?: string | null;
      /** @description The doctor's notes (the appointment's doctor only; anyone else → 403); `null` clears them. */
      notes?: string | null;
    };
    ChangeAppointmentStatusRequest: {
      /** @description The status to move to. */
      status: components['schemas']['AppointmentStatus'];
      /**
       * @description Kept as `cancellationReason` when cancelling; ignored for other moves.
       * @example Feeling better
       */
      reason?: string;
    };
    /**
     * @description `IN_PAST`, `OUTSIDE_WORKING_HOURS`, `TIME_OFF`, `BOOKED` (another appointment or its buffer, or the caller's own
     *     appointment elsewhere; never names another patient), `HELD`, `NOTICE_TOO_SHORT`, `TOO_FAR_AHEAD`, and
     *     `BOOKING_LIMIT_REACHED` (the caller already has as many upcoming appointments as a patient may).
     * @enum {string}
     */
    AvailabilityReasonCode:
      | 'IN_PAST'
      | 'OUTSIDE_WORKING_HOURS'
      | 'TIME_OFF'
      | 'BOOKED'
      | 'HELD'
      | 'NOTICE_TOO_SHORT'
      | 'TOO_FAR_AHEAD'
      | 'BOOKING_LIMIT_REACHED';
    AvailabilityReason: {
      /**
       * @description `IN_PAST`, `OUTSIDE_WORKING_HOURS`, `TIME_OFF`, `BOOKED` (another appointment or its buffer, or the caller's own
       *     appointment elsewhere; never names another patient), `HELD`, `NOTICE_TOO_SHORT`, `TOO_FAR_AHEAD`, and
       *     `BOOKING_LIMIT_REACHED` (the caller already has as many upcoming appointments as a patient may).
       */
      code: components['schemas']['AvailabilityReasonCode'];
      /**
       * Format: date-time
       * @description Start of the period that causes it (the time off, the other booking with its buffers, the hold).
       */
      from?: string;
      /** Format: date-time */
      to?: string;
      /** @example The doctor is off at that time */
      message: string;
    };
    AvailabilityExplanation: {
      /** Format: uuid */
      doctorId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /** @description True exactly when `reasons` is empty: a booking of this interval by the caller would succeed now. */
      available: boolean;
      reasons: components['schemas']['AvailabilityReason'][];
    };
    JoinWaitlistRequest: {
      /**
       * Format: uuid
       * @description The doctor whose freed time to wait for.
       */
      doctorId: string;
      /**
       * Format: date-time
       * @description Start of the window (ISO 8601 with an offset); an offered slot lies inside [from, to).
       */
      from: string;
      /**
       * Format: date-time
       * @description End of the window: after `from`, at most 31 days after it, in the future.
       */
      to: string;
      /**
       * Format: int32
       * @description Length of the appointment wanted: 5..480 minutes, a multiple of 5. Default 30.
       * @example 30
       */
      durationMinutes?: number;
    };
    /** @enum {string} */
    WaitlistStatus: 'waiting' | 'offered' | 'booked' | 'expired' | 'cancelled';
    WaitlistOffer: {
      /**
       * Format: uuid
       * @description The hold kept for the patient (`WAITLIST_OFFER_MINUTES`, default 15).
       */
      holdId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /**
       * Format: date-time
       * @description When the offer lapses and the time passes to the next waiting entry.
       */
      expiresAt: string;
    };
    WaitlistEntry: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      patientId: string;
      /** Format: uuid */
      doctorId: string;
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /**
       * Format: int32
       * @example 30
       */
      durationMinutes: number;
      status: components['schemas']['WaitlistStatus'];
      /** @description The open offer while `offered` (and the one booked, once `booked`); null otherwise. */
      offer: components['schemas']['WaitlistOffer'] | (never | null);
      /** Format: date-time */
      createdAt: string;
    };
    WaitlistEntryPage: {
      data: components['schemas']['WaitlistEntry'][];
      meta: components['schemas']['PageMeta'];
    };
    NotificationPage: {
      data: components['schemas']['Notification'][];
      meta: components['schemas']['PageMeta'];
    };
    SendMessageRequest: {
      /**
       * Format: uuid
       * @description The user to notify.
       */
      userId: string;
      /**
       * @description Free-form object for the client (at most 4 KiB of JSON).
       * @example {
       *       "link": "/appointments"
       *     }
       */
      data?: {
        [key: string]: unknown;
      };
      /**
       * @description 1..200 characters.
       * @example Clinic closed on Friday afternoon
       */
      title: string;
      /**
       * @description 1..2000 characters.
       * @example The clinic closes at 12:00 on Friday for staff training. Appointments after noon have been moved.
       */
      body: string;
    };
    MessageNotification: {
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description When the user marked it read; null while unread.
       */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'message';
      /**
       * @description What the admin sent along, for the client; null when nothing.
       * @example {
       *       "link": "/appointments"
       *     }
       */
      data: {
        [key: string]: unknown;
      } | null;
      /** @example Appointment booked */
      title: string;
      /** @example Jonas Weber with Dr Amara Okafor on Mon 7 Dec 2026, 11:00 CET. */
      body: string;
    };
    BroadcastRequest: {
      /** @description Only users of this role; every active user when absent. */
      role?: components['schemas']['Role'];
      /**
       * @description 1..200 characters.
       * @example Clinic closed on Friday afternoon
       */
      title: string;
      /**
       * @description 1..2000 characters.
       * @example The clinic closes at 12:00 on Friday for staff training. Appointments after noon have been moved.
       */
      body: string;
    };
    BroadcastResult: {
      /**
       * Format: int32
       * @description How many users it was stored for (every active user, or every active user of `role`).
       * @example 73
       */
      recipients: number;
    };
    /**
     * @description What a doctor may set; `offline` follows from having no open socket.
     * @enum {string}
     */
    SettableDoctorStatus: 'online' | 'busy';
    SetDoctorStatusRequest: {
      /** @description What patients see while the doctor is connected; `offline` follows from having no open socket. */
      status: components['schemas']['SettableDoctorStatus'];
    };
    DoctorPresence: {
      /** Format: uuid */
      doctorId: string;
      /** @description `offline` while not online, else the status the doctor set (default `online`). */
      status: components['schemas']['DoctorStatus'];
      /**
       * Format: date-time
       * @description When the doctor last came online or went offline; null if never connected.
       */
      lastSeenAt: string | null;
      /** @description At least one socket of the doctor is connected (any tab, device or instance). */
      isOnline: boolean;
    };
    /** @enum {string} */
    FhirSlotStatus: 'busy' | 'free' | 'busy-unavailable' | 'busy-tentative' | 'entered-in-error';
    /**
     * @description What a webhook endpoint subscribes to: an event type, or `*` for every one.
     * @enum {string}
     */
    WebhookEventFilter:
      | 'appointment.created'
      | 'appointment.updated'
      | 'appointment.status_changed'
      | 'appointment.reminder'
      | 'waitlist.offer'
      | '*';
    CreateWebhookDto: {
      /**
       * @description The event types to receive, or `*` for all of them.
       * @example [
       *       "appointment.created",
       *       "appointment.status_changed"
       *     ]
       */
      events: components['schemas']['WebhookEventFilter'][];
      /**
       * Format: uri
       * @description Where deliveries are `POST`ed: `https:` (`http:` too unless the service runs in production); private, loopback
       *     and link-local addresses are refused.
       * @example https://billing.example.com/hooks/clinic
       */
      url: string;
      /**
       * @description What the endpoint is for.
       * @example Billing: invoice on completed appointments
       */
      description?: string;
    };
    WebhookEndpointWithSecret: {
      /** Format: uuid */
      id: string;
      events: components['schemas']['WebhookEventFilter'][];
      description: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description `whsec_` + base64 of 32 random bytes: verify each delivery's `webhook-signature` with it (any Standard Webhooks
       *     library does). Keep it secret; rotate it if it leaks.
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw1jVbYz5dS2Q=
       */
      secret: string;
      /** @example https://billing.example.com/hooks/clinic */
      url: string;
      /** @description Inactive endpoints get no new deliveries. */
      isActive: boolean;
    };
    WebhookEndpoint: {
      /** Format: uuid */
      id: string;
      events: components['schemas']['WebhookEventFilter'][];
      description: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @example https://billing.example.com/hooks/clinic */
      url: string;
      /** @description Inactive endpoints get no new deliveries. */
      isActive: boolean;
    };
    WebhookEndpointPage: {
      data: components['schemas']['WebhookEndpoint'][];
      meta: components['schemas']['PageMeta'];
    };
    UpdateWebhookDto: {
      /**
       * @description The event types to receive, or `*` for all of them.
       * @example [
       *       "appointment.created",
       *       "appointment.status_changed"
       *     ]
       */
      events?: components['schemas']['WebhookEventFilter'][];
      /** @description `null` clears it. */
      description?: string | null;
      /**
       * Format: uri
       * @description A new target, checked as on creation.
       */
      url?: string;
      /** @description `false` pauses deliveries: events raised meanwhile are not delivered to it. */
      isActive?: boolean;
    };
    /**
     * @description An event a webhook delivers (its `data` is the Socket.IO payload of the same name).
     * @enum {string}
     */
    WebhookEventType:
      | 'appointment.created'
      | 'appointment.updated'
      | 'appointment.status_changed'
      | 'appointment.reminder'
      | 'waitlist.offer';
    /**
     * @description `pending` (also between retries), `succeeded` (a 2xx), or `failed` once the retry schedule is spent.
     * @enum {string}
     */
    WebhookDeliveryStatus: 'pending' | 'succeeded' | 'failed';
    WebhookDelivery: {
      /**
       * Format: uuid
       * @description Also the `webhook-id` of every attempt: receivers de-duplicate by it.
       */
      id: string;
      /**
       * Format: uuid
       * @description The event it carries.
       */
      eventId: string;
      type: components['schemas']['WebhookEventType'];
      status: components['schemas']['WebhookDeliveryStatus'];
      /**
       * Format: int32
       * @description Attempts started so far.
       */
      attempts: number;
      /**
       * Format: int32
       * @description The HTTP status of the last attempt (null: none came, e.g. a timeout).
       */
      lastStatusCode: number | null;
      /** @description Why the last attempt failed. */
      lastError: string | null;
      /**
       * Format: date-time
       * @description When the next attempt is due (while `pending`).
       */
      nextAttemptAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deliveredAt: string | null;
    };
    WebhookDeliveryPage: {
      data: components['schemas']['WebhookDelivery'][];
      meta: components['schemas']['PageMeta'];
    };
    Health: {
      /** @enum {string} */
      status: 'ok';
    };
    PatientProfile: {
      /**
       * Format: date
       * @description `YYYY-MM-DD`, not in the future.
       * @example 1984-06-21
       */
      dateOfBirth?: string | null;
      gender?: components['schemas']['Gender'] | null;
      bloodType?: components['schemas']['BloodType'] | null;
      /**
       * @description Up to 50, each up to 200 characters.
       * @example [
       *       "penicillin"
       *     ]
       */
      allergies?: string[] | null;
      /** @example Invalidenstraße 12, 10115 Berlin */
      address?: string | null;
      emergencyContact?: components['schemas']['EmergencyContact'] | (never | null);
    };
    RegisterPatientRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      role: 'patient';
      /** @description Optional demographics. */
      patient?: components['schemas']['PatientProfile'] | (never | null);
      /**
       * Format: email
       * @description Lower-cased; unique (409 `EMAIL_TAKEN`).
       * @example jonas.weber@example.com
       */
      email: string;
      /**
       * @description 8..72 characters (and at most 72 bytes: bcrypt ignores the rest).
       * @example correct-horse-battery
       */
      password: string;
      /** @example Jonas Weber */
      fullName: string;
      /** @example +49 151 2345678 */
      phone?: string;
    };
    DoctorProfile: {
      /**
       * Format: int32
       * @example 12
       */
      yearsOfExperience?: number;
      /** @example Cardiology */
      specialization: string;
      /**
       * @description Unique across doctors.
       * @example GMC-7301842
       */
      licenseNumber: string;
      /** @example Interventional cardiologist; heart failure clinic on Tuesdays. */
      bio?: string;
      /**
       * @description IANA time zone name; working hours are local to it. Default `UTC`.
       * @example Europe/Berlin
       */
      timezone?: string;
    };
    RegisterDoctorRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      role: 'doctor';
      doctor: components['schemas']['DoctorProfile'];
      /**
       * Format: email
       * @description Lower-cased; unique (409 `EMAIL_TAKEN`).
       * @example jonas.weber@example.com
       */
      email: string;
      /**
       * @description 8..72 characters (and at most 72 bytes: bcrypt ignores the rest).
       * @example correct-horse-battery
       */
      password: string;
      /** @example Jonas Weber */
      fullName: string;
      /** @example +49 151 2345678 */
      phone?: string;
    };
    /** @enum {string} */
    AppointmentNotificationType:
      | 'appointment.created'
      | 'appointment.updated'
      | 'appointment.status_changed'
      | 'appointment.deleted'
      | 'appointment.reminder';
    AppointmentNotificationData: {
      /** Format: uuid */
      appointmentId: string;
      /** @description The appointment's status after the event. */
      status: components['schemas']['AppointmentStatus'];
      /** @description `appointment.status_changed` only: the status before. */
      previousStatus?: components['schemas']['AppointmentStatus'];
      /**
       * Format: int32
       * @description `appointment.reminder` only: how many minutes before the start it was sent (one of `REMINDER_LEAD_MINUTES`).
       * @example 60
       */
      minutesBefore?: number;
      /**
       * @description `appointment.updated` only: the fields that changed.
       * @example [
       *       "startsAt",
       *       "endsAt"
       *     ]
       */
      changes?: string[];
    };
    AppointmentNotification: {
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description When the user marked it read; null while unread.
       */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type:
        | 'appointment.created'
        | 'appointment.updated'
        | 'appointment.status_changed'
        | 'appointment.deleted'
        | 'appointment.reminder';
      data: components['schemas']['AppointmentNotificationData'];
      /** @example Appointment booked */
      title: string;
      /** @example Jonas Weber with Dr Amara Okafor on Mon 7 Dec 2026, 11:00 CET. */
      body: string;
    };
    BroadcastNotificationData: {
      /**
       * Format: uuid
       * @description The same for every copy of one broadcast.
       */
      broadcastId: string;
    };
    BroadcastNotification: {
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description When the user marked it read; null while unread.
       */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'broadcast';
      data: components['schemas']['BroadcastNotificationData'];
      /** @example Appointment booked */
      title: string;
      /** @example Jonas Weber with Dr Amara Okafor on Mon 7 Dec 2026, 11:00 CET. */
      body: string;
    };
    WaitlistOfferNotificationData: {
      /** Format: uuid */
      entryId: string;
      /** Format: uuid */
      doctorId: string;
      /**
       * Format: uuid
       * @description Book with `POST /appointments` and this `holdId` before `expiresAt`.
       */
      holdId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      expiresAt: string;
    };
    WaitlistOfferNotification: {
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description When the user marked it read; null while unread.
       */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'waitlist.offer';
      data: components['schemas']['WaitlistOfferNotificationData'];
      /** @example Appointment booked */
      title: string;
      /** @example Jonas Weber with Dr Amara Okafor on Mon 7 Dec 2026, 11:00 CET. */
      body: string;
    };
    AppointmentCreatedEvent: {
      appointment: components['schemas']['Appointment'];
    };
    AppointmentUpdatedEvent: {
      appointment: components['schemas']['Appointment'];
      /**
       * @description The fields that changed.
       * @example [
       *       "startsAt",
       *       "endsAt"
       *     ]
       */
      changes: string[];
    };
    /** @enum {string} */
    ChangedByRole: 'patient' | 'doctor' | 'admin' | 'integration' | 'system';
    ChangedBy: {
      /**
       * Format: uuid
       * @description The user's id; null for `system`.
       */
      id: string | null;
      role: components['schemas']['ChangedByRole'];
    };
    AppointmentStatusChangedEvent: {
      previousStatus: components['schemas']['AppointmentStatus'];
      /** @description The new status, also `appointment.status`. */
      status: components['schemas']['AppointmentStatus'];
      appointment: components['schemas']['Appointment'];
      changedBy: components['schemas']['ChangedBy'];
    };
    AppointmentDeletedEvent: {
      appointment: components['schemas']['Appointment'];
    };
    AppointmentReminderEvent: {
      /**
       * Format: int32
       * @description How many minutes before the start this reminder is sent: one of `REMINDER_LEAD_MINUTES`.
       * @example 60
       */
      minutesBefore: number;
      appointment: components['schemas']['Appointment'];
    };
    SocketAck: {
      /** @description With `ok: false` only. */
      code?: components['schemas']['ErrorCode'];
      ok: boolean;
    };
    SocketError: {
      code: components['schemas']['ErrorCode'];
      /** @example doctor.set_status was refused */
      message: string;
    };
    WatchSlotsRequest: {
      /**
       * Format: uuid
       * @description An active doctor (else `DOCTOR_NOT_FOUND`).
       */
      doctorId: string;
    };
    SlotsChangedEvent: {
      /** Format: uuid */
      doctorId: string;
      /**
       * Format: date-time
       * @description Start of the range whose free time changed (UTC).
       */
      from: string;
      /**
       * Format: date-time
       * @description End of that range (UTC), after `from`.
       */
      to: string;
    };
    WatchAppointmentsRequest: Record<string, never>;
    WaitlistOfferEvent: {
      entry: components['schemas']['WaitlistEntry'];
    };
    /** @description A stored notification; `type` tells what `data` holds. Also the `notification` socket event. */
    Notification:
      | components['schemas']['AppointmentNotification']
      | components['schemas']['MessageNotification']
      | components['schemas']['BroadcastNotification']
      | components['schemas']['WaitlistOfferNotification'];
    /** @description A patient’s or a doctor’s registration, told apart by `role`. */
    RegisterRequest: components['schemas']['RegisterPatientRequest'] | components['schemas']['RegisterDoctorRequest'];
    /**
     * @description R4 `Appointment.status`. Ours map pending→`pending`, confirmed→`booked`, in_progress→`arrived`, completed→`fulfilled`, cancelled→`cancelled`, no_show→`noshow`; the other codes match nothing.
     * @enum {string}
     */
    FhirAppointmentStatus:
      | 'proposed'
      | 'pending'
      | 'booked'
      | 'arrived'
      | 'fulfilled'
      | 'cancelled'
      | 'noshow'
      | 'entered-in-error'
      | 'checked-in'
      | 'waitlist';
    /**
     * @description A FHIR R4 Appointment: participants are `Patient/<patientId>` and `Practitioner/<doctorId>`.
     * @example {
     *       "resourceType": "Appointment",
     *       "id": "c4a1e8b2-6d3f-4a5e-9b7c-2d8e0f1a3b5c",
     *       "meta": {
     *         "lastUpdated": "2026-12-01T10:00:00Z"
     *       },
     *       "status": "booked",
     *       "description": "Chest pain when climbing stairs",
     *       "start": "2026-12-14T09:00:00Z",
     *       "end": "2026-12-14T09:30:00Z",
     *       "minutesDuration": 30,
     *       "created": "2026-12-01T09:58:00Z",
     *       "participant": [
     *         {
     *           "actor": {
     *             "reference": "Patient/5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
     *             "display": "Jonas Weber"
     *           },
     *           "required": "required",
     *           "status": "accepted"
     *         },
     *         {
     *           "actor": {
     *             "reference": "Practitioner/8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *             "display": "Amara Okafor"
     *           },
     *           "required": "required",
     *           "status": "accepted"
     *         }
     *       ]
     *     }
     */
    FhirAppointment: {
      /** @enum {string} */
      resourceType: 'Appointment';
      /** Format: uuid */
      id: string;
      meta?: {
        /** Format: date-time */
        lastUpdated?: string;
      };
      status: components['schemas']['FhirAppointmentStatus'];
      cancelationReason?: {
        text?: string;
      };
      /** @description The reason for the visit */
      description?: string;
      /** Format: date-time */
      start?: string;
      /** Format: date-time */
      end?: string;
      /** Format: int32 */
      minutesDuration?: number;
      /** Format: date-time */
      created?: string;
      /** @description The doctor’s notes */
      comment?: string;
      participant: {
        actor?: {
          /** @description `Type/<id>` */
          reference: string;
          display?: string;
        };
        /** @enum {string} */
        required?: 'required';
        /** @description `accepted`, or `needs-action` for the doctor of a pending appointment */
        status: string;
      }[];
    };
    /**
     * @description A FHIR R4 `searchset` Bundle of Appointment resources.
     * @example {
     *       "resourceType": "Bundle",
     *       "type": "searchset",
     *       "total": 1,
     *       "link": [
     *         {
     *           "relation": "self",
     *           "url": "https://clinic.example/api/v1/fhir/R4/Appointment?_count=20&_offset=0"
     *         }
     *       ],
     *       "entry": [
     *         {
     *           "fullUrl": "https://clinic.example/api/v1/fhir/R4/Appointment/c4a1e8b2-6d3f-4a5e-9b7c-2d8e0f1a3b5c",
     *           "resource": {
     *             "resourceType": "Appointment",
     *             "id": "c4a1e8b2-6d3f-4a5e-9b7c-2d8e0f1a3b5c",
     *             "meta": {
     *               "lastUpdated": "2026-12-01T10:00:00Z"
     *             },
     *             "status": "booked",
     *             "description": "Chest pain when climbing stairs",
     *             "start": "2026-12-14T09:00:00Z",
     *             "end": "2026-12-14T09:30:00Z",
     *             "minutesDuration": 30,
     *             "created": "2026-12-01T09:58:00Z",
     *             "participant": [
     *               {
     *                 "actor": {
     *                   "reference": "Patient/5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
     *                   "display": "Jonas Weber"
     *                 },
     *                 "required": "required",
     *                 "status": "accepted"
     *               },
     *               {
     *                 "actor": {
     *                   "reference": "Practitioner/8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *                   "display": "Amara Okafor"
     *                 },
     *                 "required": "required",
     *                 "status": "accepted"
     *               }
     *             ]
     *           },
     *           "search": {
     *             "mode": "match"
     *           }
     *         }
     *       ]
     *     }
     */
    FhirAppointmentBundle: {
      /** @enum {string} */
      resourceType: 'Bundle';
      /** @enum {string} */
      type: 'searchset';
      /** Format: int32 */
      total?: number;
      link?: {
        /** @description `self`, `next` or `previous` */
        relation?: string;
        /** Format: uri */
        url?: string;
      }[];
      entry?: {
        /** Format: uri */
        fullUrl?: string;
        resource?: components['schemas']['FhirAppointment'];
        search?: {
          /** @enum {string} */
          mode?: 'match';
        };
      }[];
    };
    /**
     * @description A FHIR R4 Patient (blood type and allergies are not part of it).
     * @example {
     *       "resourceType": "Patient",
     *       "id": "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
     *       "meta": {
     *         "lastUpdated": "2026-11-30T08:00:00Z"
     *       },
     *       "active": true,
     *       "name": [
     *         {
     *           "text": "Jonas Weber"
     *         }
     *       ],
     *       "telecom": [
     *         {
     *           "system": "email",
     *           "value": "jonas.weber@example.com"
     *         }
     *       ],
     *       "gender": "male",
     *       "birthDate": "1988-04-12"
     *     }
     */
    FhirPatient: {
      /** @enum {string} */
      resourceType: 'Patient';
      /** Format: uuid */
      id: string;
      meta?: {
        /** Format: date-time */
        lastUpdated?: string;
      };
      active?: boolean;
      name?: {
        text?: string;
        prefix?: string[];
      }[];
      telecom?: {
        /** @description `email` or `phone` */
        system?: string;
        value?: string;
      }[];
      /** @description `female`, `male`, `other` or `unknown` */
      gender?: string;
      /** Format: date */
      birthDate?: string;
      address?: {
        text?: string;
      }[];
      contact?: {
        name?: {
          text?: string;
          prefix?: string[];
        };
        telecom?: {
          /** @description `email` or `phone` */
          system?: string;
          value?: string;
        }[];
        relationship?: {
          text?: string;
        }[];
      }[];
    };
    /**
     * @description A FHIR R4 Practitioner: a doctor, with the speciality and licence as a qualification.
     * @example {
     *       "resourceType": "Practitioner",
     *       "id": "8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *       "meta": {
     *         "lastUpdated": "2026-11-30T08:00:00Z"
     *       },
     *       "active": true,
     *       "name": [
     *         {
     *           "text": "Amara Okafor",
     *           "prefix": [
     *             "Dr"
     *           ]
     *         }
     *       ],
     *       "telecom": [
     *         {
     *           "system": "email",
     *           "value": "amara.okafor@clinic.example"
     *         }
     *       ],
     *       "qualification": [
     *         {
     *           "identifier": [
     *             {
     *               "value": "GMC-7654321"
     *             }
     *           ],
     *           "code": {
     *             "text": "Cardiology"
     *           }
     *         }
     *       ]
     *     }
     */
    FhirPractitioner: {
      /** @enum {string} */
      resourceType: 'Practitioner';
      /** Format: uuid */
      id: string;
      meta?: {
        /** Format: date-time */
        lastUpdated?: string;
      };
      active?: boolean;
      name?: {
        text?: string;
        prefix?: string[];
      }[];
      telecom?: {
        /** @description `email` or `phone` */
        system?: string;
        value?: string;
      }[];
      qualification?: {
        identifier?: {
          /** @description The licence number */
          value?: string;
        }[];
        code?: {
          text?: string;
        };
      }[];
    };
    /**
     * @description A FHIR R4 Schedule: one per doctor.
     * @example {
     *       "resourceType": "Schedule",
     *       "id": "8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *       "active": true,
     *       "specialty": [
     *         {
     *           "text": "Cardiology"
     *         }
     *       ],
     *       "actor": [
     *         {
     *           "reference": "Practitioner/8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *           "display": "Amara Okafor"
     *         }
     *       ],
     *       "comment": "Weekly hours (Europe/Berlin): Mon 09:00–17:00, Tue 09:00–17:00"
     *     }
     */
    FhirSchedule: {
      /** @enum {string} */
      resourceType: 'Schedule';
      /**
       * Format: uuid
       * @description The doctor’s id: one Schedule per doctor
       */
      id: string;
      active?: boolean;
      specialty?: {
        text?: string;
      }[];
      actor: {
        /** @description `Type/<id>` */
        reference: string;
        display?: string;
      }[];
      /** @description The weekly hours on the doctor’s wall clock */
      comment?: string;
    };
    /**
     * @description A FHIR R4 `searchset` Bundle of Schedule resources.
     * @example {
     *       "resourceType": "Bundle",
     *       "type": "searchset",
     *       "total": 1,
     *       "link": [
     *         {
     *           "relation": "self",
     *           "url": "https://clinic.example/api/v1/fhir/R4/Schedule?_count=20&_offset=0"
     *         }
     *       ],
     *       "entry": [
     *         {
     *           "fullUrl": "https://clinic.example/api/v1/fhir/R4/Schedule/8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *           "resource": {
     *             "resourceType": "Schedule",
     *             "id": "8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *             "active": true,
     *             "specialty": [
     *               {
     *                 "text": "Cardiology"
     *               }
     *             ],
     *             "actor": [
     *               {
     *                 "reference": "Practitioner/8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f",
     *                 "display": "Amara Okafor"
     *               }
     *             ],
     *             "comment": "Weekly hours (Europe/Berlin): Mon 09:00–17:00, Tue 09:00–17:00"
     *           },
     *           "search": {
     *             "mode": "match"
     *           }
     *         }
     *       ]
     *     }
     */
    FhirScheduleBundle: {
      /** @enum {string} */
      resourceType: 'Bundle';
      /** @enum {string} */
      type: 'searchset';
      /** Format: int32 */
      total?: number;
      link?: {
        /** @description `self`, `next` or `previous` */
        relation?: string;
        /** Format: uri */
        url?: string;
      }[];
      entry?: {
        /** Format: uri */
        fullUrl?: string;
        resource?: components['schemas']['FhirSchedule'];
        search?: {
          /** @enum {string} */
          mode?: 'match';
        };
      }[];
    };
    /**
     * @description A free FHIR R4 Slot, as `GET /doctors/:id/slots` gives it to the caller.
     * @example {
     *       "resourceType": "Slot",
     *       "id": "1b4e28ba-2fa1-51d2-883f-0016d3cca427",
     *       "schedule": {
     *         "reference": "Schedule/8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f"
     *       },
     *       "status": "free",
     *       "start": "2026-12-14T09:30:00Z",
     *       "end": "2026-12-14T10:00:00Z"
     *     }
     */
    FhirSlot: {
      /** @enum {string} */
      resourceType: 'Slot';
      /**
       * Format: uuid
       * @description Stable for the same doctor, start and length
       */
      id: string;
      schedule: {
        /** @description `Type/<id>` */
        reference: string;
        display?: string;
      };
      /** @enum {string} */
      status: 'free';
      /** Format: date-time */
      start: string;
      /** Format: date-time */
      end: string;
    };
    /**
     * @description A FHIR R4 `searchset` Bundle of Slot resources.
     * @example {
     *       "resourceType": "Bundle",
     *       "type": "searchset",
     *       "total": 1,
     *       "link": [
     *         {
     *           "relation": "self",
     *           "url": "https://clinic.example/api/v1/fhir/R4/Slot?_count=20&_offset=0"
     *         }
     *       ],
     *       "entry": [
     *         {
     *           "fullUrl": "https://clinic.example/api/v1/fhir/R4/Slot/1b4e28ba-2fa1-51d2-883f-0016d3cca427",
     *           "resource": {
     *             "resourceType": "Slot",
     *             "id": "1b4e28ba-2fa1-51d2-883f-0016d3cca427",
     *             "schedule": {
     *               "reference": "Schedule/8d2e4f60-7a1b-4c3d-9e5f-6a7b8c9d0e1f"
     *             },
     *             "status": "free",
     *             "start": "2026-12-14T09:30:00Z",
     *             "end": "2026-12-14T10:00:00Z"
     *           },
     *           "search": {
     *             "mode": "match"
     *           }
     *         }
     *       ]
     *     }
     */
    FhirSlotBundle: {
      /** @enum {string} */
      resourceType: 'Bundle';
      /** @enum {string} */
      type: 'searchset';
      /** Format: int32 */
      total?: number;
      link?: {
        /** @description `self`, `next` or `previous` */
        relation?: string;
        /** Format: uri */
        url?: string;
      }[];
      entry?: {
        /** Format: uri */
        fullUrl?: string;
        resource?: components['schemas']['FhirSlot'];
        search?: {
          /** @enum {string} */
          mode?: 'match';
        };
      }[];
    };
    /**
     * @description The FHIR R4 CapabilityStatement of this server.
     * @example {
     *       "resourceType": "CapabilityStatement",
     *       "status": "active",
     *       "date": "2026-12-06",
     *       "kind": "instance",
     *       "fhirVersion": "4.0.1",
     *       "format": [
     *         "application/fhir+json",
     *         "json"
     *       ],
     *       "rest": [
     *         {
     *           "mode": "server",
     *           "resource": [
     *             {
     *               "type": "Appointment",
     *               "interaction": [
     *                 {
     *                   "code": "read"
     *                 }
     *               ]
     *             }
     *           ]
     *         }
     *       ]
     *     }
     */
    FhirCapabilityStatement: {
      /** @enum {string} */
      resourceType: 'CapabilityStatement';
      /** @enum {string} */
      status: 'active';
      date: string;
      publisher?: string;
      /** @enum {string} */
      kind: 'instance';
      software?: {
        name?: string;
      };
      implementation?: {
        description?: string;
      };
      /** @enum {string} */
      fhirVersion: '4.0.1';
      format: string[];
      rest?: {
        /** @enum {string} */
        mode?: 'server';
        security?: {
          cors?: boolean;
          description?: string;
        };
        resource?: Record<string, never>[];
      }[];
    };
    /**
     * @description A FHIR error: the status is the REST API’s; our error code is in `details.coding`.
     * @example {
     *       "resourceType": "OperationOutcome",
     *       "issue": [
     *         {
     *           "severity": "error",
     *           "code": "not-found",
     *           "details": {
     *             "coding": [
     *               {
     *                 "system": "urn:clinic-booking:error-code",
     *                 "code": "APPOINTMENT_NOT_FOUND"
     *               }
     *             ],
     *             "text": "Appointment not found"
     *           },
     *           "diagnostics": "Appointment not found (request 6c1f0c3e-2f0a-4d5e-9a1b-7c2d3e4f5a6b)"
     *         }
     *       ]
     *     }
     */
    FhirOperationOutcome: {
      /** @enum {string} */
      resourceType: 'OperationOutcome';
      issue: {
        /** @enum {string} */
        severity: 'error';
        /** @description The R4 IssueType: `invalid` (400), `login` (401), `forbidden` (403), `not-found` (404)… */
        code: string;
        details?: {
          coding?: {
            /** @enum {string} */
            system?: 'urn:clinic-booking:error-code';
            code?: components['schemas']['ErrorCode'];
          }[];
          text?: string;
        };
        diagnostics?: string;
        expression?: string[];
      }[];
    };
  };
  responses: never;
  parameters: {
    /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
    XRequestId: string;
  };
  requestBodies: never;
  headers: {
    /** @description The request’s id, also in the log lines and in `ErrorResponse.requestId`; quote it to support. */
    'X-Request-Id': string;
    /** @description Seconds to wait before trying again. */
    'Retry-After': number;
    /** @description Sent only to a browser whose `Origin` is in `CORS_ORIGINS` (any origin in development), echoing it; other origins get no CORS header at all. */
    'Access-Control-Allow-Origin': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `EMAIL_TAKEN`, `LICENSE_TAKEN` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many registrations from this address */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `INVALID_CREDENTIALS` */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `ACCOUNT_DISABLED` */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many failed logins */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  refreshTokens: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `INVALID_TOKEN`, or `TOKEN_REUSED` (the login is revoked) */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequest'];
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCurrentUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKey'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `API_KEY_NOT_FOUND` (or already revoked) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        role?: components['schemas']['Role'];
        isActive?: boolean;
        /** @description Matches the name or the email. */
        search?: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  changeMyPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequest'];
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `WRONG_PASSWORD` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deactivateUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `isActive` set by a non-admin, or an admin deactivating themself */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listAuditEvents: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description Only events about this patient. */
        patientId?: string;
        /** @description Only events by this user. */
        actorId?: string;
        /** @description Events at or after this time (ISO 8601 with offset). */
        from?: string;
        /** @description Events before this time (ISO 8601 with offset); must be later than `from`. */
        to?: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listPatients: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description `fullName` (default), `-fullName`, `createdAt` or `-createdAt`; `-` sorts descending. */
        sort?: components['schemas']['PatientSort'];
        /** @description Matches the name, the email, or a diagnosis in one of the patient's medical records. */
        search?: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatientPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description Patients may not list patients
       *
       *     Refused: an API key without `patients:read` (`INSUFFICIENT_SCOPE`)
       */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMyPatientProfile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Patient'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only patient */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getPatient: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Patient'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `patients:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PATIENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  updatePatient: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePatientRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Patient'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only the patient or an admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PATIENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listMedicalRecords: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        status?: components['schemas']['MedicalRecordStatus'];
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MedicalRecordPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `patients:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PATIENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  createMedicalRecord: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMedicalRecordRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MedicalRecord'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only doctors may add medical records */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PATIENT_NOT_FOUND` or `APPOINTMENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMedicalRecord: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
        recordId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MedicalRecord'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `patients:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PATIENT_NOT_FOUND` or `RECORD_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  updateMedicalRecord: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
        recordId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMedicalRecordRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MedicalRecord'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only the author of the record */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PATIENT_NOT_FOUND` or `RECORD_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listDoctors: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        status?: components['schemas']['DoctorStatus'];
        /** @description A field, `-` first for descending. Default `fullName`. */
        sort?: components['schemas']['DoctorSort'];
        /** @description Exact specialization, case-insensitive. */
        specialization?: string;
        /** @description Matches part of the name or of the licence number, case-insensitive. */
        search?: string;
        isOnline?: boolean;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoctorPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listSpecializations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpecializationCount'][];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMyDoctorProfile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Doctor'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getDoctor: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Doctor'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  updateDoctor: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDoctorRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Doctor'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor, admin; an API key without `doctors:write` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `LICENSE_TAKEN` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBookingPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingPolicy'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  replaceBookingPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceBookingPolicyRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingPolicy'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor, admin; an API key without `doctors:write` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getDoctorSchedule: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoctorSchedule'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  replaceDoctorSchedule: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceScheduleRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoctorSchedule'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor, admin; an API key without `doctors:write` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listTimeOff: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description Only time off that ends after this instant (ISO 8601 with an offset). */
        from?: string;
        /** @description Only time off that starts before this instant (ISO 8601 with an offset). */
        to?: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimeOffPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor, admin; an API key without `doctors:write` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  addTimeOff: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTimeOffRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimeOff'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor, admin; an API key without `doctors:write` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  removeTimeOff: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
        timeOffId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor, admin; an API key without `doctors:write` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  findFreeSlots: {
    parameters: {
      query: {
        /** @description Slots starting at or after this instant (ISO 8601 with an offset). */
        from: string;
        /** @description Slots starting before this instant; after `from`, at most 31 days later (else 400 `RANGE_TOO_LARGE`). */
        to: string;
        /** @description Length of each slot and step of the grid: 5..480 minutes, a multiple of 5. Default 30. */
        durationMinutes?: number;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FreeSlots'];
        };
      };
      /** @description `VALIDATION_FAILED`, or `RANGE_TOO_LARGE` past 31 days */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  findEarliestSlots: {
    parameters: {
      query?: {
        /** @description Slots starting at or after this instant (ISO 8601 with an offset). Default: now. */
        from?: string;
        /** @description Slots starting before this instant; at most 14 days after `from` (else 400 `RANGE_TOO_LARGE`). Default: 14 days after `from`. */
        to?: string;
        /** @description Length of the slot: 5..480 minutes, a multiple of 5. Default 30. */
        durationMinutes?: number;
        /** @description Only doctors who are online and not busy right now ("see a doctor now"). */
        onlineOnly?: boolean;
        /** @description How many doctors at most: 1..50, default 10. */
        limit?: number;
        /** @description Exact specialization, case-insensitive. */
        specialization?: string;
        /** @description Matches part of the doctor's name or licence number, case-insensitive. */
        search?: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EarliestSlots'];
        };
      };
      /** @description `VALIDATION_FAILED`, or `RANGE_TOO_LARGE` past 14 days */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listJobs: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description Only jobs in this status. */
        status?: components['schemas']['JobStatus'];
        /** @description Only jobs of this kind. */
        kind?: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  createHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHoldRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hold'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only patient */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  releaseHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only patient */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Never: a released or expired hold answers 404. */
      410: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  bookSeries: {
    parameters: {
      query?: never;
      header?: {
        /** @description Up to 255 characters, scoped to the caller; makes retries safe for 24 h. */
        'Idempotency-Key'?: string;
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookSeriesRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookedSeries'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description A patient booking for another patient, a doctor for another doctor
       *
       *     Refused: an API key without `appointments:write` (`INSUFFICIENT_SCOPE`)
       */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `DOCTOR_NOT_FOUND`, `PATIENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `APPOINTMENT_CONFLICT` (with the failing occurrences in `details`), `IDEMPOTENCY_KEY_IN_USE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The first rule an occurrence fails (`START_IN_PAST`, `OUTSIDE_WORKING_HOURS`, `BOOKING_NOTICE_TOO_SHORT`, `BOOKING_TOO_FAR_AHEAD`, `BOOKING_LIMIT_REACHED`) with every failing occurrence in `details`; `IDEMPOTENCY_KEY_REUSED` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       *
       *     Too many appointment changes by this user or API key in a minute (`RATE_LIMIT_BOOKINGS_PER_MINUTE`), or an API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  cancelSeries: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        seriesId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelSeriesRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CancelledSeries'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `appointments:write` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERIES_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       *
       *     Too many appointment changes by this user or API key in a minute (`RATE_LIMIT_BOOKINGS_PER_MINUTE`), or an API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listAppointments: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description Statuses to keep, repeated (`status=pending&status=confirmed`) or comma-separated (`pending,confirmed`). */
        status?: components['schemas']['AppointmentStatus'][];
        doctorId?: string;
        patientId?: string;
        /** @description With `to`: appointments that overlap [from, to). ISO 8601 with an offset. */
        from?: string;
        /** @description Exclusive end of the range; must be after `from`. ISO 8601 with an offset. */
        to?: string;
        /** @description `startsAt` (earliest first, the default) or `-startsAt` (latest first). */
        sort?: components['schemas']['AppointmentSort'];
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppointmentPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `appointments:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  bookAppointment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Up to 255 characters, scoped to the caller; makes retries safe for 24 h. */
        'Idempotency-Key'?: string;
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookAppointmentRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description Refused: an API key without `appointments:write` (`INSUFFICIENT_SCOPE`)
       *
       *     A patient booking for another patient, a doctor for another doctor
       */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `DOCTOR_NOT_FOUND`, `PATIENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `APPOINTMENT_CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `START_IN_PAST`, `OUTSIDE_WORKING_HOURS`, `BOOKING_LIMIT_REACHED`, `IDEMPOTENCY_KEY_REUSED` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       *
       *     Too many appointment changes by this user or API key in a minute (`RATE_LIMIT_BOOKINGS_PER_MINUTE`), or an API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAppointment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `appointments:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `APPOINTMENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteAppointment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `APPOINTMENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  updateAppointment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAppointmentRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description Refused: an API key without `appointments:write` (`INSUFFICIENT_SCOPE`)
       *
       *     `notes` from anyone but the appointment’s doctor
       */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `APPOINTMENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`, `APPOINTMENT_CONFLICT` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `START_IN_PAST`, `OUTSIDE_WORKING_HOURS` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       *
       *     Too many appointment changes by this user or API key in a minute (`RATE_LIMIT_BOOKINGS_PER_MINUTE`), or an API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  changeAppointmentStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeAppointmentStatusRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description A move the caller’s role may not make
       *
       *     Refused: an API key without `appointments:write` (`INSUFFICIENT_SCOPE`)
       */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `APPOINTMENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION` */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       *
       *     Too many appointment changes by this user or API key in a minute (`RATE_LIMIT_BOOKINGS_PER_MINUTE`), or an API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`
       */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listPatientAppointments: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description Statuses to keep, repeated (`status=pending&status=confirmed`) or comma-separated (`pending,confirmed`). */
        status?: components['schemas']['AppointmentStatus'][];
        doctorId?: string;
        patientId?: string;
        /** @description With `to`: appointments that overlap [from, to). ISO 8601 with an offset. */
        from?: string;
        /** @description Exclusive end of the range; must be after `from`. ISO 8601 with an offset. */
        to?: string;
        /** @description `startsAt` (earliest first, the default) or `-startsAt` (latest first). */
        sort?: components['schemas']['AppointmentSort'];
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppointmentPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `appointments:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PATIENT_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  explainAvailability: {
    parameters: {
      query: {
        /** @description The start to explain (ISO 8601 with an offset). */
        startsAt: string;
        /** @description Length of the interval: 5..480 minutes, a multiple of 5. Default 30. */
        durationMinutes?: number;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailabilityExplanation'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `DOCTOR_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listDoctorAppointments: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description Statuses to keep, repeated (`status=pending&status=confirmed`) or comma-separated (`pending,confirmed`). */
        status?: components['schemas']['AppointmentStatus'][];
        doctorId?: string;
        patientId?: string;
        /** @description With `to`: appointments that overlap [from, to). ISO 8601 with an offset. */
        from?: string;
        /** @description Exclusive end of the range; must be after `from`. ISO 8601 with an offset. */
        to?: string;
        /** @description `startsAt` (earliest first, the default) or `-startsAt` (latest first). */
        sort?: components['schemas']['AppointmentSort'];
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppointmentPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `appointments:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `DOCTOR_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listWaitlist: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaitlistEntryPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `appointments:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  joinWaitlist: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinWaitlistRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaitlistEntry'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only patient */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `DOCTOR_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `START_IN_PAST` */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  cancelWaitlistEntry: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /**
       * @description The entry’s doctor
       *
       *     Refused: an API key without `appointments:write` (`INSUFFICIENT_SCOPE`)
       */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `WAITLIST_ENTRY_NOT_FOUND` */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `INVALID_STATUS_TRANSITION`: the entry is booked */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
        /** @description `true`: only unread ones; `false`: only read ones; absent: all. */
        unread?: boolean;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  sendMessage: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendMessageRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageNotification'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  broadcastMessage: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BroadcastRequest'];
      };
    };
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BroadcastResult'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  markAllNotificationsRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  markNotificationRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notification'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  setMyDoctorStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetDoctorStatusRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoctorPresence'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only doctor */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getDoctorStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoctorPresence'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: an API key without `doctors:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  readFhirCapabilities: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CapabilityStatement */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirCapabilityStatement'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
    };
  };
  readFhirAppointment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Appointment */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirAppointment'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Refused: an API key without `fhir:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
    };
  };
  searchFhirAppointments: {
    parameters: {
      query?: {
        /** @description Entries per page, 1..100 (default 20). */
        _count?: number;
        /** @description Entries to skip: the `next` link of a Bundle sets it. */
        _offset?: number;
        /** @description A FHIR date search on the start: `[prefix]YYYY[-MM[-DD[Thh:mm[:ss[.sss]]zone]]]`, prefix `eq` (default, within the value’s precision), `ge`, `gt`, `le` or `lt`; repeat it for a range (`ge2026-12-01&lt2026-12-08`). Values without a time are days in UTC; a time needs its zone. */
        date?: string[];
        /** @description R4 `Appointment.status` codes, comma-separated: any of them. */
        status?: components['schemas']['FhirAppointmentStatus'][];
        /** @description `Patient/<id>` (or the bare id): only that patient’s appointments. */
        patient?: string;
        /** @description `Practitioner/<id>` (or the bare id): only that doctor’s appointments. */
        practitioner?: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A searchset Bundle of Appointments */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirAppointmentBundle'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Refused: an API key without `fhir:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
    };
  };
  readFhirPatient: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Patient */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirPatient'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Refused: an API key without `fhir:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
    };
  };
  readFhirPractitioner: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Practitioner */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirPractitioner'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Refused: an API key without `fhir:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
    };
  };
  searchFhirSchedules: {
    parameters: {
      query: {
        /** @description Entries per page, 1..100 (default 20). */
        _count?: number;
        /** @description Entries to skip: the `next` link of a Bundle sets it. */
        _offset?: number;
        /** @description `Practitioner/<id>` (or the bare id): that doctor’s one Schedule. Required. */
        actor: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A searchset Bundle with the doctor’s Schedule, or empty */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirScheduleBundle'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Refused: an API key without `fhir:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
    };
  };
  searchFhirSlots: {
    parameters: {
      query: {
        /** @description Entries per page, 1..100 (default 20). */
        _count?: number;
        /** @description Entries to skip: the `next` link of a Bundle sets it. */
        _offset?: number;
        /** @description A FHIR date search on the start: `[prefix]YYYY[-MM[-DD[Thh:mm[:ss[.sss]]zone]]]`, prefix `eq` (default, within the value’s precision), `ge`, `gt`, `le` or `lt`; repeat it for a range (`ge2026-12-01&lt2026-12-08`). Values without a time are days in UTC; a time needs its zone. Open ends: from now, 7 days on; at most 31 days (400 `RANGE_TOO_LARGE`). */
        start?: string[];
        /** @description Only `free` slots are published: another status finds nothing. */
        status?: components['schemas']['FhirSlotStatus'];
        /** @description `Schedule/<id>` (a Schedule’s id is its doctor’s). Required. */
        schedule: string;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A searchset Bundle of free Slots */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirSlotBundle'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description Refused: an API key without `fhir:read` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirOperationOutcome'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWebhookDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 100 KiB */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json` */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Page number, 1..100000. */
        page?: number;
        /** @description Items per page, 1..100. */
        limit?: number;
      };
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryPage'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  retryWebhookDelivery: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      /** @description `VALIDATION_FAILED`, with `details` naming each offending field */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Missing, invalid or expired access token */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Refused: only admin; an API key without `webhooks:manage` (`INSUFFICIENT_SCOPE`) */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists) */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After` */
      429: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  checkLiveness: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description `SERVICE_UNAVAILABLE`: the database is out of reach or this instance is stopping; retry later */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  checkReadiness: {
    parameters: {
      query?: never;
      header?: {
        /** @description Your own id for the request (1..128 of `A-Z a-z 0-9 . _ : -`), echoed in the answer’s `X-Request-Id` and in the logs; any other value is replaced by a new UUID. */
        'X-Request-Id'?: components['parameters']['XRequestId'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description An unexpected error: a generic message and the request id, never internals */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database does not answer */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
