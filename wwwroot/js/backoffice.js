// Starts Blazor for the back office. Its circuit connects to /backoffice/_blazor rather than the default /_blazor:
// the back office cookie is scoped to /backoffice, and the hub needs it to know who is signed in. Once the circuit is
// up, <html data-circuit="up"> says so (browser tests wait for it before clicking).
Blazor.start({
  circuit: {
    configureSignalR: builder => builder.withUrl('/backoffice/_blazor'),
  },
}).then(() => { document.documentElement.dataset.circuit = 'up'; });
