// Starts Blazor for the back office. Its circuit connects to /backoffice/_blazor rather than the default /_blazor:
// the back office cookie is scoped to /backoffice, and the hub needs it to know who is signed in.
Blazor.start({
  circuit: {
    configureSignalR: builder => builder.withUrl('/backoffice/_blazor'),
  },
});
